package org.scrutineer.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: with no MongoDB URI configured, a MongoDB-wire-protocol server runs inside the
 * application and the official driver talks to it over loopback, exactly as it would to a real MongoDB.
 * Application code never knows which one is behind the connection. It listens on 127.0.0.1 only, and answers only
 * connections that sign in with the credentials kept beside its data ({@link CredentialCheckingBackend}), so
 * another user or program on the same machine cannot read or change the documents through it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDocumentStore.NoMongoUriConfigured.class)
class EmbeddedDocumentStore {

    @Bean
    DocumentStoreCredentials embeddedDocumentStoreCredentials(DocumentStoreSettings settings) {
        return settings.inMemory() ? DocumentStoreCredentials.generate() : DocumentStoreCredentials.in(dataDirectory(settings));
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(DocumentStoreSettings settings, DocumentStoreCredentials credentials,
                                    ObjectProvider<DocumentFile> files) {
        DocumentFile file = files.getIfAvailable();
        MongoServer server = new MongoServer(new CredentialCheckingBackend(file != null ? file.backend() : new MemoryBackend(),
                credentials));
        server.bind("127.0.0.1", settings.port());
        return server;
    }

    /** The documents' H2 file, unless they are kept in memory; closed by the server's shutdown. */
    @Bean
    @Conditional(OnDisk.class)
    DocumentFile embeddedDocumentFile(DocumentStoreSettings settings) {
        return DocumentFile.open(dataDirectory(settings).resolve("documents.mv"));
    }

    /** Writes reach the file when they must last: see {@link DurableWrites}. */
    @Bean
    MongoClientSettingsBuilderCustomizer durableEmbeddedWrites(ObjectProvider<DocumentFile> files) {
        return settings -> files.ifAvailable(file -> settings.applicationName(DocumentFile.FLUSHED_BY_CLIENT)
                .addCommandListener(new DurableWrites(file)));
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, DocumentStoreCredentials credentials) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString uri = new ConnectionString("mongodb://" + credentials.username() + ":" + credentials.password()
                + "@127.0.0.1:" + address.getPort() + "/?authSource=admin&authMechanism=SCRAM-SHA-256");
        return () -> uri;
    }

    private static Path dataDirectory(DocumentStoreSettings settings) {
        try {
            return Files.createDirectories(Path.of(settings.dataDirectory()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document store folder " + settings.dataDirectory(), e);
        }
    }

    static class OnDisk extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean memory = "memory".equals(context.getEnvironment().getProperty("scrutineer.document-store.data-directory"));
            return memory ? ConditionOutcome.noMatch("documents in memory") : ConditionOutcome.match("documents on disk");
        }
    }

    static class NoMongoUriConfigured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean configured = StringUtils.hasText(context.getEnvironment().getProperty("spring.data.mongodb.uri"));
            return configured
                    ? ConditionOutcome.noMatch("spring.data.mongodb.uri is set")
                    : ConditionOutcome.match("no MongoDB URI configured: embedded document store");
        }
    }
}
