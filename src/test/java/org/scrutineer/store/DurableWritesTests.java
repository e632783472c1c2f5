package org.scrutineer.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the embedded store's file holds at any moment is what a killed process would leave: a copy of the file
 * taken then, opened as the next start would open it. A write outside a transaction is in the file when it is
 * acknowledged; a transaction's writes are in it once the transaction is on its way to commit, not before, and
 * not at all when it rolls back and nobody else flushes. Another node's writes through this store are in the file
 * when they are acknowledged: its transactions are not ours to see.
 */
class DurableWritesTests {

    @TempDir
    Path folder;

    private DocumentFile file;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> letters;
    private TransactionTemplate transactions;
    private final List<Runnable> readers = new ArrayList<>();

    @BeforeEach
    void start() {
        file = DocumentFile.open(folder.resolve("documents.mv"));
        server = new MongoServer(file.backend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
                .applicationName(DocumentFile.FLUSHED_BY_CLIENT).addCommandListener(new DurableWrites(file)).build());
        letters = client.getDatabase("scrutineer").getCollection("letters");
        JdbcDataSource engine = new JdbcDataSource();
        engine.setURL("jdbc:h2:mem:durable-writes;DB_CLOSE_DELAY=-1");
        transactions = new TransactionTemplate(new DataSourceTransactionManager(engine));
    }

    @AfterEach
    void stop() {
        readers.forEach(Runnable::run);
        client.close();
        server.shutdown();
    }

    @Test
    void aWriteOutsideATransactionIsInTheFileWhenAcknowledged() throws Exception {
        letters.insertOne(new Document("_id", "L1"));
        assertThat(idsInTheFileNow()).containsExactly("L1");

        letters.updateOne(new Document("_id", "L1"), new Document("$set", new Document("title", "Somerset")));
        assertThat(inTheFileNow().find().first()).containsEntry("title", "Somerset");

        letters.deleteOne(new Document("_id", "L1"));
        assertThat(idsInTheFileNow()).isEmpty();
    }

    @Test
    void aTransactionsWritesReachTheFileTogetherJustBeforeItCommits() throws Exception {
        transactions.executeWithoutResult(status -> {
            letters.insertOne(new Document("_id", "L1"));
            letters.insertOne(new Document("_id", "L2"));
            assertThat(idsInTheFileNow()).as("not before the commit").isEmpty();
        });
        assertThat(idsInTheFileNow()).containsExactlyInAnyOrder("L1", "L2");
    }

    @Test
    void anotherNodesWritesAreInTheFileWhenAcknowledged() {
        try (MongoClient otherNode = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            transactions.executeWithoutResult(status -> {
                otherNode.getDatabase("scrutineer").getCollection("letters").insertOne(new Document("_id", "L9"));
                assertThat(idsInTheFileNow()).as("its transactions are not this node's").containsExactly("L9");
            });
        }
    }

    @Test
    void aRolledBackTransactionsWritesNeverReachTheFile() throws Exception {
        transactions.executeWithoutResult(status -> {
            letters.insertOne(new Document("_id", "L1"));
            status.setRollbackOnly();
        });
        assertThat(idsInTheFileNow()).isEmpty();
    }

    private List<String> idsInTheFileNow() {
        List<String> ids = new ArrayList<>();
        inTheFileNow().find().forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** The letters as a process started on a copy of the file as it is now would find them. */
    private MongoCollection<Document> inTheFileNow() {
        Path copy = folder.resolve("copy-" + readers.size() + ".mv");
        try {
            Files.copy(folder.resolve("documents.mv"), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MongoServer reader = new MongoServer(DocumentFile.open(copy).backend());
        reader.bind("127.0.0.1", 0);
        MongoClient readerClient = MongoClients.create("mongodb://127.0.0.1:" + reader.getLocalAddress().getPort());
        readers.add(() -> {
            readerClient.close();
            reader.shutdown();
        });
        return readerClient.getDatabase("scrutineer").getCollection("letters");
    }
}
