package org.scrutineer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.nio.file.attribute.PosixFilePermissions;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store listens on loopback only and serves only a driver that signs in with the credentials made at
 * its first start, kept beside its data for its owner alone: without them, or with a wrong password, nothing is
 * read or written.
 */
class EmbeddedStoreCredentialsTests {

    @TempDir
    Path data;

    @Test
    void onlyADriverWithTheStoresCredentialsReadsOrWrites() throws Exception {
        EmbeddedDocumentStore store = new EmbeddedDocumentStore();
        DocumentStoreSettings settings = new DocumentStoreSettings(data.toString(), 0, Duration.ofSeconds(10));
        DocumentStoreCredentials credentials = store.embeddedDocumentStoreCredentials(settings);
        MongoServer server = store.embeddedMongoServer(settings, credentials, new StaticListableBeanFactory(
                Map.of("file", store.embeddedDocumentFile(settings))).getBeanProvider(DocumentFile.class));
        try {
            assertThat(server.getLocalAddress().getAddress().isLoopbackAddress()).as("loopback only").isTrue();
            Path file = data.resolve(DocumentStoreCredentials.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file)).contains(credentials.password());

            ConnectionString uri = store.embeddedMongoConnectionDetails(server, credentials).getConnectionString();
            try (MongoClient app = MongoClients.create(uri)) {
                app.getDatabase("scrutineer").getCollection("letters").insertOne(new Document("_id", "L1"));
                assertThat(app.getDatabase("scrutineer").getCollection("letters").countDocuments()).isOne();
            }

            int port = server.getLocalAddress().getPort();
            try (MongoClient stranger = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                assertThatThrownBy(() -> stranger.getDatabase("scrutineer").getCollection("letters").find().first())
                        .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13));
                assertThatThrownBy(() -> stranger.getDatabase("scrutineer").getCollection("letters").insertOne(new Document("_id", "L2")))
                        .isInstanceOf(MongoCommandException.class);
                assertThatThrownBy(() -> stranger.getDatabase("scrutineer").drop()).isInstanceOf(MongoCommandException.class);
                assertThatThrownBy(() -> stranger.listDatabaseNames().first()).isInstanceOf(MongoCommandException.class);
            }
            try (MongoClient guesser = MongoClients.create("mongodb://scrutineer:guess@127.0.0.1:" + port
                    + "/?authSource=admin&authMechanism=SCRAM-SHA-256&serverSelectionTimeoutMS=5000")) {
                assertThatThrownBy(() -> guesser.getDatabase("scrutineer").getCollection("letters").find().first())
                        .hasRootCauseInstanceOf(MongoCommandException.class).isInstanceOf(MongoSecurityException.class);
            }
        } finally {
            server.shutdown();
        }

        // the next start keeps the credentials made at the first
        assertThat(store.embeddedDocumentStoreCredentials(settings)).isEqualTo(credentials);
    }

    @Test
    void aCredentialsFileOthersCouldReadIsMadeOwnerOnly() throws Exception {
        DocumentStoreCredentials made = DocumentStoreCredentials.in(data);
        Path file = data.resolve(DocumentStoreCredentials.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(DocumentStoreCredentials.in(data)).isEqualTo(made);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
