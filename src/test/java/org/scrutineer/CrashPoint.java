package org.scrutineer;

import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Test only: the application as {@link CrashRestartTests} runs it in a child process (profile {@code crash-test},
 * the test classpath). When {@code scrutineer.crash-test.point} names a point, the first MongoDB write there
 * that the server acknowledges stops the writing thread for good, before the application goes on to anything
 * else (in particular before the engine commits the transaction it runs in), and the file
 * {@code scrutineer.crash-test.reached-file} is created so the test knows to SIGKILL the process now.
 * <ul>
 *   <li>{@code letter-stored}: a letter being registered has been written, its process not yet started;</li>
 *   <li>{@code progress-update-stored}: an owner's progress update has been written, and the transaction has
 *   written it to the embedded store's file on its way to the engine's commit (stopped just before that commit);</li>
 *   <li>{@code report-pdf-stored}: a report version's PDF has been written to GridFS, its record not yet;</li>
 *   <li>{@code signed-pdf-stored}: the same for version 2, the signed version of a draft approved as version 1.</li>
 * </ul>
 * Whatever the point, the child ends itself when the test's JVM is gone, so no child outlives a killed build.
 */
@Component
@Profile("crash-test")
class CrashPoint implements MongoClientSettingsBuilderCustomizer, CommandListener {

    static final String LETTER_STORED = "letter-stored";
    static final String PROGRESS_UPDATE_STORED = "progress-update-stored";
    static final String REPORT_PDF_STORED = "report-pdf-stored";
    static final String SIGNED_PDF_STORED = "signed-pdf-stored";

    private final String point;
    private final Path reachedFile;
    private final Set<Integer> watched = ConcurrentHashMap.newKeySet();

    CrashPoint(@Value("${scrutineer.crash-test.point:}") String point,
               @Value("${scrutineer.crash-test.reached-file:}") String reachedFile) {
        this.point = point;
        this.reachedFile = reachedFile.isEmpty() ? null : Path.of(reachedFile);
        endWithTheTest();
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        if (!point.isEmpty()) {
            settings.addCommandListener(this);
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (isThePoint(event.getCommandName(), event.getCommand())) {
            watched.add(event.getRequestId());
        }
    }

    /** Runs on the writing thread once the server has acknowledged the write. */
    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (!watched.remove(event.getRequestId())) {
            return;
        }
        if (point.equals(PROGRESS_UPDATE_STORED) && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    stopHere();
                }

                @Override
                public int getOrder() {
                    return Ordered.LOWEST_PRECEDENCE; // after the flush of the transaction's documents
                }
            });
        } else {
            stopHere();
        }
    }

    private boolean isThePoint(String command, BsonDocument body) {
        BsonValue collection = body.get(command);
        String target = collection != null && collection.isString() ? collection.asString().getValue() : "";
        return switch (point) {
            case LETTER_STORED -> command.equals("insert") && target.equals("letters");
            case PROGRESS_UPDATE_STORED -> (command.equals("insert") || command.equals("update"))
                    && target.equals("progressUpdates");
            case REPORT_PDF_STORED -> reportPdfStored(command, target, body, ":v");
            case SIGNED_PDF_STORED -> reportPdfStored(command, target, body, ":v2");
            default -> throw new IllegalStateException("no crash point " + point);
        };
    }

    /** A report's PDF whose id ("cycle:vN") has this in it; letters' originals have ObjectIds. */
    private static boolean reportPdfStored(String command, String target, BsonDocument body, String version) {
        return command.equals("insert") && target.equals("fs.files")
                && body.getArray("documents", new BsonArray()).stream()
                .map(d -> d.asDocument().get("_id", BsonNull.VALUE))
                .anyMatch(id -> id.isString() && id.asString().getValue().contains(version));
    }

    private void stopHere() {
        try {
            Files.writeString(reachedFile, point);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            TimeUnit.MINUTES.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(137); // nobody came to kill us: the test is gone
    }

    private static void endWithTheTest() {
        ProcessHandle.current().parent().ifPresent(test -> {
            Thread watcher = new Thread(() -> {
                while (test.isAlive()) {
                    try {
                        TimeUnit.SECONDS.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                Runtime.getRuntime().halt(137);
            }, "crash-test-parent-watcher");
            watcher.setDaemon(true);
            watcher.start();
        });
    }
}
