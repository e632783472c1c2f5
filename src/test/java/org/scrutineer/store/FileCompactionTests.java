package org.scrutineer.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 file that commits after every change, as the embedded default's do, appends a chunk per commit; rounds of
 * compaction bring it back near its live data and keep it there while it is written, and what it holds is
 * unchanged.
 */
class FileCompactionTests {

    /** Flushes after which the file below holds about a megabyte. */
    private static final int SETTLED = 1000;

    @Test
    void aFileOfMostlyDeadChunksShrinksToNearItsLiveDataAndKeepsIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("store.mv");
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        MVMap<Integer, String> map = store.openMap("documents");
        for (int round = 0; round < 50; round++) {
            for (int key = 0; key < 200; key++) {
                map.put(key, "revision " + round + " " + "x".repeat(300));
                store.commit();
            }
        }
        long grown = Files.size(file);

        for (int round = 0; round < 20; round++) {
            FileCompaction.tidy("test", store, FileCompaction.DOCUMENTS_ROUND_BYTES);
            map.put(1000 + round, "written between rounds");
            store.commit();
        }

        assertThat(Files.size(file)).isLessThan(grown / 4);
        assertThat(map.get(199)).startsWith("revision 49 ");
        store.close();
        MVStore reopened = MVStore.open(file.toString());
        assertThat(reopened.<Integer, String>openMap("documents").get(0)).startsWith("revision 49 ");
        reopened.close();
    }

    /**
     * The documents' file as the app writes it: a flush per transaction, each adding records under random ids (as
     * the engine's rows are) and changing recent ones, with a round of compaction every so many flushes. Each
     * flush's chunk keeps a few pages no later flush replaces, so without the rounds the file is soon many times
     * its live data. Measured from the time it holds about a megabyte: before, what a few flushes write between two
     * rounds is more than the file holds (2.6 times it at 500 flushes).
     */
    @Test
    void aFileWrittenWhileRoundsRunStaysWithinTwiceItsCompactedSize(@TempDir Path folder) throws Exception {
        Path path = folder.resolve("documents.mv");
        DocumentFile file = DocumentFile.open(path);
        Random random = new Random(42);
        Map<String, String> written = new HashMap<>();
        String[] recent = new String[50];
        double worst = 0;
        for (int flush = 1; flush <= 4000; flush++) {
            file.exclusively(store -> {
                MVMap<String, String> records = store.openMap("records");
                for (int change = 0; change < 3; change++) {
                    String id = UUID.nameUUIDFromBytes(longBytes(random.nextLong())).toString();
                    put(records, written, id, "x".repeat(200 + random.nextInt(400)));
                    int slot = random.nextInt(recent.length);
                    if (recent[slot] != null) {
                        put(records, written, recent[slot], "changed " + "y".repeat(random.nextInt(400)));
                    }
                    recent[slot] = id;
                }
            });
            file.flush();
            if (flush % 40 == 0) {
                file.exclusively(store -> FileCompaction.tidy("documents", store, FileCompaction.DOCUMENTS_ROUND_BYTES));
            }
            if (flush % 500 == 0 && flush >= SETTLED) {
                worst = Math.max(worst, (double) Files.size(path) / compactedCopy(path, folder));
            }
        }
        file.exclusively(MVStore::close);

        assertThat(worst).as("largest ratio of the file to its compacted copy").isLessThanOrEqualTo(2.0);
        MVStore reopened = MVStore.open(path.toString());
        assertThat(reopened.<String, String>openMap("records")).containsExactlyInAnyOrderEntriesOf(written);
        reopened.close();
    }

    private static void put(MVMap<String, String> records, Map<String, String> written, String id, String value) {
        records.put(id, value);
        written.put(id, value);
    }

    private static long compactedCopy(Path file, Path folder) throws Exception {
        Path copy = folder.resolve("copy.mv");
        Path compacted = folder.resolve("compacted.mv");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(compacted);
        MVStoreTool.compact(copy.toString(), compacted.toString(), false);
        return Files.size(compacted);
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }
}
