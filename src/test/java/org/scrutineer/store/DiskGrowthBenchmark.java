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
 * one-action plan and accepted, printing the files' sizes every 100 letters. At the end the app is stopped and
 * each file's compacted copy ({@code MVStoreTool.compact}) is measured beside it. Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.store.DiskGrowthBenchmark -Dexec.args=500</pre>
 * (the argument is the number of letters; add {@code --scrutineer.document-store.compact-every=P3650D} after it to
 * see the files without the periodic compaction).
 */
public final class DiskGrowthBenchmark {

    private static final String[] FILES = {"engine.mv.db", "documents.mv"};

    public static void main(String[] args) throws Exception {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        String[] appArgs = args.length > 1 ? List.of(args).subList(1, args.length).toArray(String[]::new) : new String[0];
        Path data;
        try (BenchmarkApp app = BenchmarkApp.start("disk-growth", appArgs)) {
            data = app.dataDirectory();
            List<String> owners = app.createOwners(10);
            String planned = app.livePlan(50, owners, 10);
            for (int cycle = 1; cycle <= 3; cycle++) {
                runCycle(app, planned, owners, cycle);
                print("after cycle " + cycle + " of a 50-action plan", data);
            }
            for (int i = 1; i <= letters; i++) {
                app.livePlan(1, List.of("owen"), 1);
                if (i % 100 == 0 || i == letters) {
                    print("after " + i + " letters", data);
                }
            }
            print("before stopping", data);
        }
        print("stopped", data);
        for (String file : FILES) {
            Path compacted = data.resolve(file + ".compacted");
            MVStoreTool.compact(data.resolve(file).toString(), compacted.toString(), false);
            long size = Files.size(data.resolve(file));
            long small = Files.size(compacted);
            System.out.printf("%-13s %,8d KB, compacted %,8d KB: %.2f× its compacted size%n", file, size >> 10,
                    small >> 10, (double) size / small);
        }
    }

    private static void runCycle(BenchmarkApp app, String letterId, List<String> owners, int number) {
        List<String[]> tasks = app.openCycle(letterId, owners, 50);
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

    private static void print(String when, Path data) throws IOException {
        StringBuilder line = new StringBuilder(String.format("%-45s", when));
        for (String file : FILES) {
            Path path = data.resolve(file);
            line.append(String.format("  %s %,8d KB", file, Files.exists(path) ? Files.size(path) >> 10 : 0));
        }
        System.out.println(line);
    }
}
