package org.scrutineer.workflow;

import org.scrutineer.BenchmarkApp;
import org.scrutineer.BenchmarkApp.Response;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fifty owners submitting their progress updates of one cycle at the same moment, through HTTP to the app on the
 * embedded default: a plan of 50 actions, then one of 200, each cycle's updates sent from 50 threads at once.
 * Prints the answers that were not 204, the p50 and p99 latency, and how long until the draft report rendered.
 * A harness, not a test (timings on shared machines are noise to assert on). Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.workflow.ConcurrentCompletionsBenchmark</pre>
 */
public final class ConcurrentCompletionsBenchmark {

    private static final int THREADS = BenchmarkApp.size(50, 4);
    private static final int[] ACTIONS = BenchmarkApp.SMOKE ? new int[] {4} : new int[] {50, 200};

    public static void main(String[] args) throws Exception {
        try (BenchmarkApp app = BenchmarkApp.start("concurrent-completions")) {
            List<String> owners = app.createOwners(THREADS);
            for (int actions : ACTIONS) {
                String letterId = app.livePlan(actions, owners, THREADS);
                List<String[]> tasks = app.openCycle(letterId, owners, actions);
                long start = System.nanoTime();
                List<Response> answers = BenchmarkApp.inParallel(THREADS, tasks, t -> app.post(t[0],
                        "/api/tasks/" + t[1] + "/complete",
                        "{\"progress\": \"Reported by " + t[0] + "\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 40}"));
                double seconds = (System.nanoTime() - start) / 1e9;
                BenchmarkApp.await("the draft report", () -> app.get("chris", "/api/reports?letterId=" + letterId)
                        .json().size() == 1);
                double rendered = (System.nanoTime() - start) / 1e9;
                Map<Integer, Long> refused = answers.stream().filter(a -> a.status() != 204)
                        .collect(Collectors.groupingBy(Response::status, TreeMap::new, Collectors.counting()));
                List<Long> nanos = answers.stream().map(Response::nanos).toList();
                System.out.printf("%d updates of one cycle from %d threads: %d refused %s, p50 %.0f ms, p99 %.0f ms, "
                                + "%.1f s in all (%.0f/s); draft report rendered %.1f s after the first was sent%n",
                        actions, THREADS, refused.values().stream().mapToLong(Long::longValue).sum(), refused,
                        BenchmarkApp.percentile(nanos, 50), BenchmarkApp.percentile(nanos, 99), seconds,
                        actions / seconds, rendered);
            }
        }
    }
}
