package org.scrutineer.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.scrutineer.BenchmarkApp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.IntStream;

/**
 * What a progress update through {@code /api} costs, beside two completions by the engine's own
 * {@code TaskService.complete}, all in one app on the embedded default, taken in turn (one of each, then the next,
 * each kind first as often as the others), so that all three meet the same moments of a shared, noisy
 * machine, each once the job executor has run the continuations of the one before, and after the code only requests
 * run has been compiled by the JIT, as in an app that has been serving for a while:
 * <ul>
 * <li><b>bare</b>: a task of the same shape (a user task with asyncAfter and task-local fields, in a
 * multi-instance subprocess) with no listeners and no documents;</li>
 * <li><b>engine</b>: the same task as through {@code /api}, an owner's progress update in a reporting cycle, with
 * the owner signed in to the engine: every listener, check and document write runs, no HTTP;</li>
 * <li><b>api</b>: {@code POST /api/tasks/{id}/complete} over HTTP with Basic credentials;</li>
 * <li><b>door</b>: what any request through {@code /api} costs, the floor under the api's figure: a chair's
 * {@code GET /api/letters/{id}} of a letter that does not exist, signed in, authorised, looked up once, answered
 * 404; taken after the others, so that what it sends is not counted as theirs.</li>
 * </ul>
 * Prints the median and mean of each, their ratios, and the SQL statements and MongoDB commands each completion
 * sent from the thread that ran it, with the microseconds those commands took ({@code mongo-µs}) and the time spent
 * inside {@code TaskService.complete} ({@code complete-µs}), so that /api's own handling around the engine shows apart;
 * the continuations the job executor runs afterwards are counted apart. Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.workflow.CompletionCostBenchmark</pre>
 */
public final class CompletionCostBenchmark {

    private static final int TASKS = BenchmarkApp.size(100, 3);
    private static final List<String> KINDS = List.of("bare", "engine", "api");
    private static final String BODY = "{\"progress\": \"Audit done\", \"impact\": \"Clearer decisions\", \"rag\": \"GREEN\","
            + " \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 50}";
    private static final Map<String, Object> VALUES = Map.of("progress", "Audit done", "impact", "Clearer decisions",
            "rag", "GREEN", "ragReason", "Ahead of the schedule by our own measure.", "percentComplete", 50);

    public static void main(String[] args) throws Exception {
        try (BenchmarkApp app = BenchmarkApp.start("completion-cost")) {
            deployBareShape(app.bean(RepositoryService.class));
            List<String> owners = app.createOwners(10);
            warmTheDoor(app, owners);
            for (String round : List.of("warm-up", "measured")) {
                Map<String, List<Long>> nanos = inTurn(app, owners);
                Map<String, Long> counts = BenchmarkApp.counts();
                List<Long> door = door(app);
                if (round.equals("measured")) {
                    System.out.printf("%d completions of each, taken in turn; median / mean:%n", TASKS);
                    print("bare engine, same shape, no listeners", nanos.get("bare"), counts, "bare");
                    print("engine TaskService.complete, our task", nanos.get("engine"), counts, "engine");
                    print("POST /api/tasks/{id}/complete", nanos.get("api"), counts, "request");
                    System.out.printf("  %-40s %6.2f / %6.2f ms%n", "GET /api/letters/{unknown} (the door):",
                            BenchmarkApp.percentile(door, 50), mean(door) / 1e6);
                    System.out.printf("  api against bare: %.2f× (median), %.2f× (mean)%n",
                            ratio(nanos, "api", "bare"), mean(nanos.get("api")) / mean(nanos.get("bare")));
                    System.out.printf("  api against engine: %.2f× (median), %.2f× (mean)%n",
                            ratio(nanos, "api", "engine"), mean(nanos.get("api")) / mean(nanos.get("engine")));
                    double engineInside = counts.getOrDefault("engine complete-µs", 0L) / 1e3 / TASKS;
                    double apiInside = counts.getOrDefault("request complete-µs", 0L) / 1e3 / TASKS;
                    System.out.printf("  inside TaskService.complete (mean): the engine's %.2f ms, /api's %.2f ms;"
                            + " /api's own handling around it %.2f ms%n", engineInside, apiInside, mean(nanos.get("api")) / 1e6 - apiInside);
                    System.out.printf("  the door against bare: %.2f× (median)%n",
                            BenchmarkApp.percentile(door, 50) / BenchmarkApp.percentile(nanos.get("bare"), 50));
                    System.out.printf("  continuations run as jobs afterwards, all three: %s%n", perCompletion(counts, "job", 3));
                    System.out.printf("  since the app started, %s%n", BenchmarkApp.compactionCpu());
                }
            }
        }
    }

    /** The bare shape of reportingCycle's progressUpdates: no listeners, no input expressions reading documents. */
    private static void deployBareShape(RepositoryService repository) {
        SubProcessBuilder updates = Bpmn.createExecutableProcess("bareCycle").camundaHistoryTimeToLive(3650)
                .startEvent().subProcess("bareUpdates");
        updates.multiInstance().camundaCollection("${actionIds}").camundaElementVariable("actionId");
        BpmnModelInstance model = updates.embeddedSubProcess().startEvent()
                .userTask("bareSubmit").camundaAssignee("owen").camundaAsyncAfter()
                .camundaInputParameter("progress", "").camundaInputParameter("impact", "")
                .camundaInputParameter("rag", "").camundaInputParameter("ragReason", "")
                .camundaInputParameter("percentComplete", "")
                .endEvent().subProcessDone()
                .userTask("bareSignOff").camundaAssignee("chris")
                .endEvent().done();
        repository.createDeployment().addModelInstance("bareCycle.bpmn", model).deploy();
    }

    /** One completion of each kind in turn, TASKS (100) times; the nanoseconds each took, by kind. */
    private static Map<String, List<Long>> inTurn(BenchmarkApp app, List<String> owners) throws Exception {
        RuntimeService runtime = app.bean(RuntimeService.class);
        TaskService tasks = app.bean(TaskService.class);
        IdentityService identity = app.bean(IdentityService.class);
        ManagementService jobs = app.bean(ManagementService.class);
        String bareInstance = runtime.startProcessInstanceByKey("bareCycle",
                Map.of("actionIds", IntStream.rangeClosed(1, TASKS).mapToObj(i -> "A" + i).toList())).getId();
        List<String> bare = tasks.createTaskQuery().processInstanceId(bareInstance).list().stream().map(Task::getId).toList();
        String engineLetter = app.livePlan(TASKS, owners, 10);
        List<String[]> engine = app.openCycle(engineLetter, owners, TASKS);
        String apiLetter = app.livePlan(TASKS, owners, 10);
        List<String[]> api = app.openCycle(apiLetter, owners, TASKS);

        ExecutorService bareThread = Executors.newSingleThreadExecutor(named("bare"));
        ExecutorService engineThread = Executors.newSingleThreadExecutor(named("engine"));
        Map<String, List<Long>> nanos = Map.of("bare", new ArrayList<>(), "engine", new ArrayList<>(), "api", new ArrayList<>());
        BenchmarkApp.resetCounts();
        try {
            for (int i = 0; i < TASKS; i++) {
                String bareTask = bare.get(i);
                String[] ownersTask = engine.get(i);
                String[] apiTask = api.get(i);
                Map<String, Callable<Long>> completions = Map.of(
                        "bare", () -> timed(bareThread, () -> tasks.complete(bareTask, VALUES)),
                        "engine", () -> timed(engineThread, () -> {
                            identity.setAuthentication(ownersTask[0], List.of("action-owners"));
                            try {
                                tasks.complete(ownersTask[1], VALUES);
                            } finally {
                                identity.clearAuthentication();
                            }
                        }),
                        "api", () -> BenchmarkApp.expect(204, app.post(apiTask[0], "/api/tasks/" + apiTask[1] + "/complete", BODY)).nanos());
                // each kind first, second and third as often: what one leaves behind (a round of the files'
                // compaction, garbage) falls on the next, and would otherwise always fall on the same kind
                for (int k = 0; k < KINDS.size(); k++) {
                    String kind = KINDS.get((i + k) % KINDS.size());
                    quiet(jobs);
                    nanos.get(kind).add(completions.get(kind).call());
                }
            }
        } finally {
            bareThread.shutdown();
            engineThread.shutdown();
        }
        BenchmarkApp.await("the bare continuations", () -> tasks.createTaskQuery().processInstanceId(bareInstance)
                .taskDefinitionKey("bareSignOff").count() == 1);
        BenchmarkApp.await("the draft reports", () -> app.get("chris", "/api/reports?letterId=" + engineLetter).json().size() == 1
                && app.get("chris", "/api/reports?letterId=" + apiLetter).json().size() == 1);
        return nanos;
    }

    /**
     * Runs the code only requests run (Tomcat, the filters, the sign-in, the task's lookup, reading and checking a
     * completion's JSON) until the JIT has compiled it, as in an app that has been serving people for a while: a
     * completion round alone leaves it half compiled, and the door alone then took 7 ms instead of 1-2. Refused
     * completions (a percentage over 100, 400) change nothing.
     */
    private static void warmTheDoor(BenchmarkApp app, List<String> owners) {
        String[] task = app.openCycle(app.livePlan(1, owners, 1), owners, 1).get(0);
        String refused = BODY.replace("\"percentComplete\": 50", "\"percentComplete\": 150");
        for (int i = 0; i < BenchmarkApp.size(3000, 3); i++) {
            BenchmarkApp.expect(404, app.get("chris", "/api/letters/no-such-letter"));
            BenchmarkApp.expect(200, app.get(task[0], "/api/tasks/" + task[1] + "/form"));
            BenchmarkApp.expect(400, app.post(task[0], "/api/tasks/" + task[1] + "/complete", refused));
        }
    }

    /** TASKS requests that only pass the door, after the completions so their counts stay apart. */
    private static List<Long> door(BenchmarkApp app) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            nanos.add(BenchmarkApp.expect(404, app.get("chris", "/api/letters/no-such-letter")).nanos());
        }
        return nanos;
    }

    /**
     * Waits until the job executor has run the continuations of the last completion, so each completion is timed
     * on an engine doing nothing else, as one owner's would be on a quiet evening.
     */
    private static void quiet(ManagementService jobs) {
        BenchmarkApp.await("the continuations", () -> jobs.createJobQuery().executable().count() == 0);
    }

    private static long timed(ExecutorService thread, Runnable completion) throws Exception {
        return thread.submit(() -> {
            long start = System.nanoTime();
            completion.run();
            return System.nanoTime() - start;
        }).get();
    }

    private static ThreadFactory named(String name) {
        return runnable -> new Thread(runnable, name);
    }

    private static void print(String what, List<Long> nanos, Map<String, Long> counts, String thread) {
        System.out.printf("  %-40s %6.2f / %6.2f ms; per completion %s%n", what + ":",
                BenchmarkApp.percentile(nanos, 50), mean(nanos) / 1e6, perCompletion(counts, thread, 1));
    }

    private static double ratio(Map<String, List<Long>> nanos, String a, String b) {
        return BenchmarkApp.percentile(nanos.get(a), 50) / BenchmarkApp.percentile(nanos.get(b), 50);
    }

    private static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** Counts of one kind of thread, divided by the completions (TASKS of each of {@code kinds} kinds). */
    private static String perCompletion(Map<String, Long> counts, String thread, int kinds) {
        StringBuilder line = new StringBuilder();
        counts.forEach((key, count) -> {
            if (key.startsWith(thread + " ")) {
                line.append(line.isEmpty() ? "" : ", ").append(key.substring(thread.length() + 1)).append(' ')
                        .append(String.format("%.1f", (double) count / TASKS / kinds));
            }
        });
        return line.isEmpty() ? "nothing" : line.toString();
    }
}
