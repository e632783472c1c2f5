package org.scrutineer.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 file that commits after every change, as the embedded default's do, appends a chunk per commit and keeps
 * the dead ones; compaction brings it back near its live data, and what it holds is unchanged.
 */
class FileCompactionTests {

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

        FileCompaction.compact("test", store, 1000);

        assertThat(Files.size(file)).isLessThan(grown / 4);
        assertThat(map.get(199)).startsWith("revision 49 ");
        store.close();
        MVStore reopened = MVStore.open(file.toString());
        assertThat(reopened.<Integer, String>openMap("documents").get(0)).startsWith("revision 49 ");
        reopened.close();
    }
}
