package org.scrutineer.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Forbidden;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.scrutineer.workflow.form.FormValidator;
import org.scrutineer.workflow.form.TaskForm;
import org.scrutineer.workflow.form.TaskForms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.util.*;


/**
 * A person's work: the tasks assigned to them or offered to their groups, their forms, and completing them.
 * A task is the caller's when it is assigned to them, or unassigned and offered to one of their groups.
 */
@Service
class WorkTasks {

    private final ProcessEngineConfigurationImpl engine;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskForms forms;
    private final FormValues values;
    private final TaskSummaries summaries;
    private final ClosedTasks closed;
    private final TaskSubjects subjects;
    private final TaskRoles roles;

    WorkTasks(ProcessEngine engine, TaskService tasks, IdentityService identity, TaskForms forms, FormValues values,
              TaskSummaries summaries, ClosedTasks closed, TaskSubjects subjects, TaskRoles roles) {
        this.subjects = subjects;
        this.roles = roles;
        this.engine = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        this.closed = closed;
        this.tasks = tasks;
        this.identity = identity;
        this.forms = forms;
        this.values = values;
        this.summaries = summaries;
    }

    Paged<TaskSummary> openTasks(String user, List<String> groups, Paging paging) {
        TaskQuery query = callers(tasks.createTaskQuery(), user, groups);
        long total = query.count();
        List<Task> page = query.orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(paging.offset(), paging.size());
        return new Paged<>(summaries.of(page), total);
    }

    /** The person's open tasks on one letter (its process and its cycles'), oldest first, at most {@code max}. */
    List<TaskSummary> openOnLetter(String letterId, String user, List<String> groups, int max) {
        return summaries.of(callers(tasks.createTaskQuery().processInstanceBusinessKey(letterId), user, groups)
                .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, max));
    }

    /** The query narrowed to the tasks assigned to the person or offered to one of their groups. */
    private static TaskQuery callers(TaskQuery query, String user, List<String> groups) {
        TaskQuery either = query.or().taskAssignee(user);
        return (groups.isEmpty() ? either : either.taskCandidateGroupIn(groups)).endOr();
    }

    TaskFormView form(String taskId, String user, List<String> groups) {
        Task task = callersTask(taskId, user, groups);
        TaskForm form = forms.forTask(task.getTaskDefinitionKey());
        return new TaskFormView(task.getId(), task.getTaskDefinitionKey(), form.schema(), storedValues(task, form),
                summaries.of(List.of(task)).get(0));
    }

    /**
     * Completes the task with the submission. Nothing is written when a check fails: fields the form does not have
     * are refused here (with whatever else is wrong), and the engine's first listener ({@link FormCheck}) checks the
     * values against the form, as it does through every door, before anything is written.
     */
    void complete(String taskId, Map<String, Object> submitted, String user, List<String> groups) {
        Task task = callersTask(taskId, user, groups);
        TaskForm form = forms.forTask(task.getTaskDefinitionKey());
        List<FieldError> errors = new ArrayList<>(FormValidator.unknownFields(form, submitted.keySet()));
        if (!errors.isEmpty()) {
            Map<String, Object> merged = new HashMap<>(storedValues(task, form));
            merged.putAll(submitted);
            errors.addAll(FormValidator.check(form, merged));
            throw new BadRequest("The " + task.getName() + " form is not filled in correctly.", errors);
        }
        // read-only fields go too: the engine's DoorGuard drops one sent back unchanged and refuses one changed, as
        // through every other door, rather than this door dropping a change without a word
        Map<String, Object> variables = new HashMap<>();
        submitted.forEach((key, value) -> variables.put(key, values.engine(value)));
        identity.setAuthentication(user, groups);
        try {
            tasks.complete(taskId, variables);
        } catch (RuntimeException e) {
            // another completion committed while this one ran: however the engine noticed, that is the answer
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw OneCompletionAtATime.completedMeanwhile(taskId, task.getName());
            }
            throw e instanceof ProcessEngineException engine ? domainCause(engine) : e;
        } finally {
            identity.clearAuthentication();
        }
    }

    private Map<String, Object> storedValues(Task task, TaskForm form) {
        Map<String, Object> stored = new LinkedHashMap<>();
        tasks.getVariables(task.getId(), form.valueKeys()).forEach((k, v) -> stored.put(k, values.plain(v)));
        return stored;
    }

    private Task callersTask(String taskId, String user, List<String> groups) {
        Task task = openTask(taskId);
        if (task == null) {
            throw closed.whyNotOpen(taskId, user, groups);
        }
        boolean mine = user.equals(task.getAssignee()) || (task.getAssignee() == null && !groups.isEmpty()
                && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).count() > 0);
        // and, offered to a group, theirs to decide, whatever an administrator made its candidates: a form shows what
        // only its decider may read (an owner's earlier update, the chair's comments on it). An assignee was checked
        // when the task was given to them (DoorGuard), so an owner's completion reads no plan here.
        TaskSubject subject = mine && task.getAssignee() == null ? subjects.of(taskId) : null;
        String why = subject == null ? null : roles.whyNot(user, groups, subject);
        if (why != null) {
            throw new Forbidden("Task '" + taskId + "' is not yours to decide: " + why);
        }
        if (!mine && tasks.createTaskQuery().taskId(taskId).count() == 0) {
            // completed between the two questions, so no longer a candidate group's: a lost race, not a stranger
            throw OneCompletionAtATime.completedMeanwhile(taskId, task.getName());
        }
        if (!mine) {
            // without its name: a stranger guessing ids learns nothing of what other people's tasks are about
            throw new Forbidden("Task '" + taskId + "' is not yours to work on.");
        }
        return task;
    }

    /**
     * The open task with this id, read by its key as the engine reads it to complete it: a task query builds its SQL
     * anew each time, about a millisecond of every completion through {@code /api}. Nobody is signed in to the
     * engine yet, so no authorization is checked either way; who may act is decided here and by the DoorGuard.
     */
    private Task openTask(String taskId) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.getTaskManager().findTaskById(taskId));
    }

    /** A listener's refusal reaches the caller as itself (400, 404, 409), not as the engine's wrapper. */
    private static RuntimeException domainCause(ProcessEngineException e) {
        if (e instanceof OptimisticLockingException) {
            return new Conflict("Someone else changed this task at the same time; what you sent was not kept.");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadRequest || cause instanceof NotFound || cause instanceof Conflict
                    || cause instanceof OptimisticLockingFailureException) {
                return (RuntimeException) cause;
            }
            if (cause instanceof IllegalStateException) {
                return new Conflict(cause.getMessage());
            }
        }
        return e;
    }
}
