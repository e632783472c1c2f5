package org.scrutineer.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.*;

import static org.scrutineer.workflow.Variables.ACTION_ID;
import static org.scrutineer.workflow.Variables.LETTER_ID;

/**
 * Summarises a page of tasks with a few engine reads for the whole page, not some for each task: the letter ids
 * and action ids of the page's processes in one variable query, and each process's activity tree once, to tell
 * which action's scope a task runs in. Reading each task's variables instead walked up its scopes query by query,
 * and an owner with 300 tasks waited seconds for their list.
 */
@Component
class TaskSummaries {

    private final RuntimeService runtime;
    private final TaskService tasks;

    TaskSummaries(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    List<TaskSummary> of(List<Task> page) {
        Set<String> processes = new LinkedHashSet<>();
        page.forEach(task -> processes.add(task.getProcessInstanceId()));
        if (processes.isEmpty()) {
            return List.of();
        }
        Map<String, String> letterOfProcess = new HashMap<>();
        Map<String, String> actionOfScope = new HashMap<>(); // by the activity instance the variable belongs to
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(processes.toArray(String[]::new))
                .variableNameIn(LETTER_ID, ACTION_ID).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
            if (LETTER_ID.equals(v.getName()) && v.getExecutionId().equals(v.getProcessInstanceId())) {
                letterOfProcess.put(v.getProcessInstanceId(), String.valueOf(v.getValue()));
            } else if (ACTION_ID.equals(v.getName())) {
                actionOfScope.put(v.getActivityInstanceId(), String.valueOf(v.getValue()));
            }
        }
        Map<String, Scopes> trees = new HashMap<>();
        List<TaskSummary> summaries = new ArrayList<>();
        for (Task task : page) {
            Scopes scopes = trees.computeIfAbsent(task.getProcessInstanceId(), this::scopesOf);
            String letterId = letterOfProcess.get(task.getProcessInstanceId());
            Optional<String> actionId = scopes.find(task.getExecutionId(), actionOfScope);
            if (letterId == null || actionId == null) {
                // not where this expects it (a process shaped otherwise): read the task's own scopes
                Map<String, Object> ids = tasks.getVariables(task.getId(), List.of(LETTER_ID, ACTION_ID));
                letterId = (String) ids.get(LETTER_ID);
                actionId = Optional.ofNullable((String) ids.get(ACTION_ID));
            }
            summaries.add(new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), letterId,
                    actionId.orElse(null), task.getAssignee(), task.getCreateTime(), task.getDueDate()));
        }
        return summaries;
    }

    private Scopes scopesOf(String processInstanceId) {
        Scopes scopes = new Scopes(new HashMap<>(), new HashMap<>());
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        if (root != null) {
            scopes.add(root, null);
        }
        return scopes;
    }

    /** A process's activity instances: which one each execution runs, and which contains which. */
    private record Scopes(Map<String, ActivityInstance> byExecution, Map<String, ActivityInstance> parents) {

        void add(ActivityInstance instance, ActivityInstance parent) {
            for (String execution : instance.getExecutionIds()) {
                byExecution.putIfAbsent(execution, instance);
            }
            if (parent != null) {
                parents.put(instance.getId(), parent);
            }
            for (ActivityInstance child : instance.getChildActivityInstances()) {
                add(child, instance);
            }
        }

        /**
         * The action id of the innermost scope around the execution that has one; empty when none has;
         * {@literal null} when the execution is not in the tree.
         */
        Optional<String> find(String executionId, Map<String, String> actionOfScope) {
            ActivityInstance instance = byExecution.get(executionId);
            if (instance == null) {
                return null;
            }
            for (; instance != null; instance = parents.get(instance.getId())) {
                String actionId = actionOfScope.get(instance.getId());
                if (actionId != null) {
                    return Optional.of(actionId);
                }
            }
            return Optional.empty();
        }
    }
}
