package org.scrutineer.store;

import org.h2.mvstore.MVStoreTool;
import org.scrutineer.BenchmarkApp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the embedded default's files grow: on a fresh data folder, a plan of 50 actions is run through three
 * reporting cycles (every update submitted, the report approved), then letters are registered, reviewed, given a
 * one-action plan and accepted. Every 50 letters it prints each file's size, the largest it reached since the last
 * line (sampled every 50 ms) and the size of a compacted copy of it ({@code MVStoreTool.compact} on a copy, as a
 * kill would leave it), and the ratio of the largest to the compacted. At the end the app is stopped and each file
 * is measured beside its compacted copy. Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.store.DiskGrowthBenchmark -Dexec.args=500</pre>
 * (the argument is the number of letters; add {@code --scrutineer.document-store.compact-every=P3650D} after it to
 * see the files without the periodic compaction).
 */
public final class DiskGrowthBenchmark {

    private static final String[] FILES = {"engine.mv.db", "documents.mv"};
    private static final int PLAN_ACTIONS = BenchmarkApp.size(50, 3);

    public static void main(String[] args) throws Exception {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        String[] appArgs = args.length > 1 ? List.of(args).subList(1, args.length).toArray(String[]::new) : new String[0];
        BenchmarkApp app = BenchmarkApp.start("disk-growth", appArgs);
        Path data = app.dataDirectory();
        try (Peaks peaks = new Peaks(data)) {
            List<String> owners = app.createOwners(10);
            String planned = app.livePlan(PLAN_ACTIONS, owners, 10);
            for (int cycle = 1; cycle <= 3; cycle++) {
                runCycle(app, planned, owners, cycle);
                peaks.print("after cycle " + cycle + " of a " + PLAN_ACTIONS + "-action plan");
            }
            for (int i = 1; i <= letters; i++) {
                app.livePlan(1, List.of("owen"), 1);
                if (i % 50 == 0 || i == letters) {
                    peaks.print("after " + i + " letters");
                }
            }
            System.out.printf("largest ratio of a file's largest size to its compacted size while the app ran: %.2f×;"
                    + " once the compacted copy held %d MB: %.2f×%n", peaks.worst, Peaks.SETTLED >> 20, peaks.worstSettled);
            System.out.println(BenchmarkApp.compactionCpu());
        } finally {
            long stopping = System.nanoTime();
            app.close();
            System.out.printf("stopping the app took %,d ms%n", (System.nanoTime() - stopping) / 1_000_000);
        }
        for (String file : FILES) {
            long size = Files.size(data.resolve(file));
            long small = Peaks.compactedCopy(data.resolve(file));
            System.out.printf("stopped: %-13s %,8d KB, compacted %,8d KB: %.2f× its compacted size%n", file,
                    size >> 10, small >> 10, (double) size / small);
        }
    }

    private static void runCycle(BenchmarkApp app, String letterId, List<String> owners, int number) {
        List<String[]> tasks = app.openCycle(letterId, owners, PLAN_ACTIONS);
        BenchmarkApp.inParallel(10, tasks, t -> BenchmarkApp.expect(204, app.post(t[0], "/api/tasks/" + t[1]
                + "/complete", "{\"progress\": \"Cycle " + number + " report\", \"rag\": \"AMBER\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": "
                + (number * 20) + "}")));
        List<String[]> signOff = app.ownersTasks(List.of("chris"), letterId, "scrutinySignOff", 1);
        BenchmarkApp.expect(204, app.post("chris", "/api/tasks/" + signOff.get(0)[1] + "/complete",
                "{\"decision\": \"APPROVED\"}"));
        BenchmarkApp.await("the signed version", () -> java.util.stream.StreamSupport.stream(app.get("chris",
                "/api/reports?letterId=" + letterId).json().spliterator(), false)
                .filter(r -> r.path("certifies").isTextual()).count() == number);
    }

    /** Each file's largest size since the last line, sampled in the background. */
    private static final class Peaks implements AutoCloseable {
        private final Path data;
        /** From this compacted size on, what a few seconds of writes add between rounds is no longer most of the file. */
        static final long SETTLED = 10 << 20;
        private final long[] largest = new long[FILES.length];
        double worst;
        double worstSettled;
        private final Thread sampler;

        Peaks(Path data) {
            this.data = data;
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "file-size-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private synchronized void sample() {
            for (int i = 0; i < FILES.length; i++) {
                largest[i] = Math.max(largest[i], size(data.resolve(FILES[i])));
            }
        }

        /** Prints a line, and keeps the largest ratio of a file's largest size to its compacted size. */
        synchronized void print(String when) throws IOException {
            sample();
            long[] now = new long[FILES.length];
            for (int i = 0; i < FILES.length; i++) {
                now[i] = size(data.resolve(FILES[i]));
            }
            StringBuilder line = new StringBuilder(String.format("%-38s", when));
            for (int i = 0; i < FILES.length; i++) {
                Path file = data.resolve(FILES[i]);
                long compacted = compactedCopy(file);
                double ratio = (double) largest[i] / compacted;
                worst = Math.max(worst, ratio);
                if (compacted >= SETTLED) {
                    worstSettled = Math.max(worstSettled, ratio);
                }
                line.append(String.format("  %s %,7d KB (largest %,7d, compacted %,7d: %.2f×)", FILES[i],
                        now[i] >> 10, largest[i] >> 10, compacted >> 10, ratio));
                largest[i] = size(file);
            }
            System.out.println(line);
        }

        /**
         * A copy read while the app writes is not one instant of the file, as a kill would leave it: a chunk it
         * refers to may have been overwritten after the copy passed it. So a copy that does not open is taken again.
         */
        private static long compactedCopy(Path file) throws IOException {
            Path copy = file.resolveSibling(file.getFileName() + ".copy");
            Path compacted = file.resolveSibling(file.getFileName() + ".copy.compacted");
            for (int attempt = 1; ; attempt++) {
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(compacted);
                try {
                    MVStoreTool.compact(copy.toString(), compacted.toString(), false);
                    long size = Files.size(compacted);
                    Files.delete(compacted);
                    return size;
                } catch (RuntimeException e) {
                    System.out.printf("(a copy of %s taken while it was written did not open: %s)%n", file.getFileName(), e.getMessage());
                    if (attempt == 5) {
                        throw e;
                    }
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        }

        private static long size(Path file) {
            try {
                return Files.exists(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }
}
