package org.scrutineer.workflow;

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
import java.util.stream.IntStream;

/**
 * What a progress update through {@code /api} costs next to the bare engine's {@code TaskService.complete} of a
 * task of the same shape (a user task with asyncAfter and task-local fields, in a multi-instance subprocess; no
 * listeners, no documents), side by side in one app on the embedded default, one completion after another.
 * Prints the mean of each, their ratio, and the SQL statements and MongoDB commands each completion sent from
 * the thread that ran it (the continuations the job executor runs afterwards are counted apart). Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.workflow.CompletionCostBenchmark</pre>
 */
public final class CompletionCostBenchmark {

    private static final int TASKS = 100;
    private static final Map<String, Object> VALUES = Map.of("progress", "Audit done", "impact", "Clearer decisions",
            "rag", "GREEN", "ragReason", "Ahead of the schedule by our own measure.", "percentComplete", 50, "completed", false);

    public static void main(String[] args) throws Exception {
        try (BenchmarkApp app = BenchmarkApp.start("completion-cost")) {
            deployBareShape(app.bean(RepositoryService.class));
            List<String> owners = app.createOwners(10);
            for (String round : List.of("warm-up", "measured")) {
                double bare = bare(app);
                Map<String, Long> bareCounts = BenchmarkApp.counts();
                double api = throughApi(app, owners);
                Map<String, Long> apiCounts = BenchmarkApp.counts();
                if (round.equals("measured")) {
                    System.out.printf("%d completions each, one at a time:%n", TASKS);
                    System.out.printf("  bare engine TaskService.complete: %6.2f ms each; per completion %s%n", bare,
                            perCompletion(bareCounts, "other"));
                    System.out.printf("  POST /api/tasks/{id}/complete:    %6.2f ms each; per completion %s%n", api,
                            perCompletion(apiCounts, "request"));
                    System.out.printf("  ratio %.2f×; continuations run as jobs afterwards: bare %s, api %s%n",
                            api / bare, perCompletion(bareCounts, "job"), perCompletion(apiCounts, "job"));
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
                .camundaInputParameter("rag", "").camundaInputParameter("percentComplete", "")
                .camundaInputParameter("completed", "")
                .endEvent().subProcessDone()
                .userTask("bareSignOff").camundaAssignee("chris")
                .endEvent().done();
        repository.createDeployment().addModelInstance("bareCycle.bpmn", model).deploy();
    }

    private static double bare(BenchmarkApp app) {
        RuntimeService runtime = app.bean(RuntimeService.class);
        TaskService tasks = app.bean(TaskService.class);
        String instance = runtime.startProcessInstanceByKey("bareCycle",
                Map.of("actionIds", IntStream.rangeClosed(1, TASKS).mapToObj(i -> "A" + i).toList())).getId();
        List<String> ids = tasks.createTaskQuery().processInstanceId(instance).list().stream().map(Task::getId).toList();
        BenchmarkApp.resetCounts();
        long start = System.nanoTime();
        ids.forEach(id -> tasks.complete(id, VALUES));
        double ms = (System.nanoTime() - start) / 1e6 / ids.size();
        BenchmarkApp.await("the bare continuations", () -> tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("bareSignOff").count() == 1);
        return ms;
    }

    private static double throughApi(BenchmarkApp app, List<String> owners) {
        String letterId = app.livePlan(TASKS, owners, 10);
        List<String[]> open = app.openCycle(letterId, owners, TASKS);
        List<String> bodies = new ArrayList<>();
        open.forEach(t -> bodies.add("{\"progress\": \"Audit done\", \"impact\": \"Clearer decisions\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\","
                + " \"percentComplete\": 50}"));
        BenchmarkApp.resetCounts();
        long start = System.nanoTime();
        for (int i = 0; i < open.size(); i++) {
            BenchmarkApp.expect(204, app.post(open.get(i)[0], "/api/tasks/" + open.get(i)[1] + "/complete", bodies.get(i)));
        }
        double ms = (System.nanoTime() - start) / 1e6 / open.size();
        BenchmarkApp.await("the draft report", () -> app.get("chris", "/api/reports?letterId=" + letterId).json().size() == 1);
        return ms;
    }

    /** Counts of one kind of thread, divided by the completions. */
    private static String perCompletion(Map<String, Long> counts, String thread) {
        StringBuilder line = new StringBuilder();
        counts.forEach((key, count) -> {
            if (key.startsWith(thread + " ")) {
                line.append(line.isEmpty() ? "" : ", ").append(key.substring(thread.length() + 1)).append(' ')
                        .append(String.format("%.1f", (double) count / TASKS));
            }
        });
        return line.isEmpty() ? "nothing" : line.toString();
    }
}
