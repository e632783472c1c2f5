package org.scrutineer.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed while rounds of compaction rewrite and move its file's chunks (and while it writes) leaves a
 * file that opens, holding every record it acknowledged, as it wrote it. Each kill lands at a random moment; the
 * next process goes on with the same file, as the app does after a crash.
 */
class FileCompactionKillTests {

    private static final int KILLS = 6;

    @Test
    void aKillDuringRoundsLosesNothingAcknowledgedAndLeavesAFileThatOpens(@TempDir Path folder) throws Exception {
        Path path = folder.resolve("documents.mv");
        Path acknowledged = folder.resolve("acknowledged");
        Random random = new Random();
        int next = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), FileUnderCompaction.class.getName(),
                    path.toString(), acknowledged.toString(), Integer.toString(next))
                    .redirectErrorStream(true).redirectOutput(folder.resolve("writer.log").toFile()).start();
            int before = lastAcknowledged(acknowledged);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastAcknowledged(acknowledged) < before + 300 && System.nanoTime() < deadline && writer.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(1500));
            writer.destroyForcibly().waitFor();
            int last = lastAcknowledged(acknowledged);
            assertThat(last).as("records acknowledged before kill %d (see writer.log)", kill).isGreaterThan(before + 300);

            MVStore reopened = MVStore.open(path.toString());
            MVMap<String, String> records = reopened.openMap("records");
            for (int n = 0; n <= last; n++) {
                String expected = n + FileUnderCompaction.LAG <= last ? FileUnderCompaction.changed(n + FileUnderCompaction.LAG)
                        : FileUnderCompaction.value(n);
                if (n + FileUnderCompaction.LAG == last + 1 && !expected.equals(records.get(FileUnderCompaction.id(n)))) {
                    // written, flushed and killed before it was acknowledged: either is right
                    expected = FileUnderCompaction.changed(n + FileUnderCompaction.LAG);
                }
                assertThat(records.get(FileUnderCompaction.id(n))).as("record %d after kill %d", n, kill).isEqualTo(expected);
            }
            reopened.close();
            next = last + 1;
        }
    }

    /**
     * The last number on a whole line: a kill may leave the last line half-written, and the writer may have created
     * the file and not yet finished its first line.
     */
    private static int lastAcknowledged(Path acknowledged) throws Exception {
        if (!Files.exists(acknowledged)) {
            return -1;
        }
        String text = Files.readString(acknowledged, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int whole = text.endsWith("\n") ? lines.size() : lines.size() - 1;
        return whole <= 0 ? -1 : Integer.parseInt(lines.get(whole - 1));
    }
}
