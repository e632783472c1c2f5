package org.scrutineer.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is waiting to be done, for the pages that show it: a person's open tasks, the reports waiting for a chair's
 * decision, and a task's form to show on another page than the task's own.
 */
@Service
public class OpenWork {

    /**
     * A task's form shown on another page names that page in this field: the task page sends the person back there,
     * after a refusal with what they sent ({@value #SENT}) and the errors ({@value #ERRORS}) as flash attributes,
     * for {@link #form} to show again. Only a path on this site is followed.
     */
    public static final String RETURN_TO = "returnTo";
    public static final String SENT = "taskSent";
    public static final String ERRORS = "taskErrors";

    private final WorkTasks work;
    private final TaskService tasks;
    private final TaskSubjects subjects;
    private final People people;
    private final Clock clock;
    private final TaskDrafts drafts;

    OpenWork(WorkTasks work, TaskService tasks, TaskSubjects subjects, People people, Clock clock, TaskDrafts drafts) {
        this.drafts = drafts;
        this.clock = clock;
        this.work = work;
        this.tasks = tasks;
        this.subjects = subjects;
        this.people = people;
    }

    /** A report waiting for a chair's decision, and the task that decides it; {@code due} may be {@literal null}. */
    public record SignOff(String taskId, String reportId, String letterId, Date since, Date due) {
    }

    /** The person's open tasks (assigned to them, or offered to one of their groups), oldest first. */
    public Paged<TaskSummary> of(String user, List<String> groups, Paging paging) {
        return work.openTasks(user, groups, paging);
    }

    /** The person's open tasks on this letter, oldest first: after registering it, its review is one click away. */
    public List<TaskSummary> onLetter(String letterId, String user, List<String> groups) {
        return work.openOnLetter(letterId, user, groups, 20);
    }

    /** Which of these tasks the person saved to finish later ("Save and finish later"), in one read. */
    public Set<String> savedDrafts(String user, Collection<String> taskIds) {
        return drafts.savedBy(user, taskIds);
    }

    /** Which of these tasks are still open, in one read: a link to one done since leads only to a 404 page. */
    public Set<String> stillOpen(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)).listPage(0, taskIds.size()).stream()
                .map(Task::getId).collect(Collectors.toSet());
    }

    /** The open sign-off task of a report, if it is waiting for a decision. */
    public Optional<SignOff> signOffOf(String reportId) {
        return signOffs().stream().filter(s -> reportId.equals(s.reportId())).findFirst();
    }

    /**
     * Every report waiting for a chair's decision, oldest first (a cycle waits for one decision at a time, so at
     * most one a letter), with one read of their subjects.
     */
    public List<SignOff> signOffs() {
        List<Task> open = tasks.createTaskQuery().taskDefinitionKey(ProcessKeys.SCRUTINY_SIGN_OFF).active()
                .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, Paging.MAX_SIZE);
        Map<String, TaskSubject> subjectOf = subjects.of(open.stream().map(Task::getId).toList());
        return open.stream().map(t -> {
            TaskSubject subject = subjectOf.containsKey(t.getId()) ? subjectOf.get(t.getId()) : subjects.of(t.getId());
            return subject == null || subject.reportId() == null ? null
                    : new SignOff(t.getId(), subject.reportId(), subject.letterId(), t.getCreateTime(),
                    t.getDueDate());
        }).filter(Objects::nonNull).toList();
    }

    /**
     * The caller's task's form, to be shown on another page than the task's own (a report's page shows its sign-off),
     * opened with the task's values and what the person sent, each error beside its field.
     *
     * @param sent   what the person submitted last, when it was refused; empty at first
     * @param errors by field name, as the task page refused them; empty at first
     * @throws org.scrutineer.web.NotFound  when no open task has the id
     * @throws org.scrutineer.web.Forbidden when it is not the caller's
     */
    public FormPage form(String taskId, String user, List<String> groups, Map<String, Object> sent,
                         Map<String, String> errors) {
        TaskFormView form = work.form(taskId, user, groups);
        Map<String, Object> shown = new LinkedHashMap<>(form.values());
        shown.putAll(sent);
        return FormPage.of(form.schema(), shown, errors, people, UkDates.today(clock));
    }
}
