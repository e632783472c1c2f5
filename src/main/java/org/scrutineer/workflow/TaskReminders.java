package org.scrutineer.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.calendar.WorkingDays;
import org.scrutineer.notify.Notifications;
import org.scrutineer.people.People;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Looks at every open task of our processes with a due date, as of today: whoever must do it is reminded
 * {@code scrutineer.calendar.remind-before} working days before it is due and on the day (a group's task: each
 * member who may decide it, so a chair before the sign-off deadline); an owner's task past its due date is told to
 * every coordinator, who is late with what. Each reminder is keyed by its task, person and day, so looking again
 * the same day tells nobody twice.
 */
@Component
public class TaskReminders {

    private static final int PAGE = 500;

    /** An owner's task past its due date, for the dashboard. */
    public record LateTask(String taskId, String name, String assignee, Date due) {
    }

    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskSubjects subjects;
    private final Deciders deciders;
    private final Notifications notifications;
    private final People people;
    private final CycleCalendar calendar;

    TaskReminders(TaskService tasks, IdentityService identity, TaskSubjects subjects, Deciders deciders,
                  Notifications notifications, People people, CycleCalendar calendar) {
        this.tasks = tasks;
        this.identity = identity;
        this.subjects = subjects;
        this.deciders = deciders;
        this.notifications = notifications;
        this.people = people;
        this.calendar = calendar;
    }

    public void look() {
        LocalDate today = calendar.today();
        LocalDate remindFor = WorkingDays.after(today, calendar.settings().remindBefore());
        Date byTheEndOf = Date.from(remindFor.plusDays(1).atStartOfDay(calendar.settings().zone()).toInstant());
        for (Task task : openTasksDueBefore(byTheEndOf)) {
            LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), calendar.settings().zone());
            if (due.isBefore(today)) {
                late(task, due);
            } else if (due.equals(today) || due.equals(remindFor)) {
                String when = due.equals(today) ? "Due today" : "Due on " + CycleCalendar.inWords(due);
                for (String person : whoDecides(task)) {
                    notifications.tell("remind:" + task.getId() + ":" + person + ":" + today, person,
                            when + ": " + task.getName(), task.getId(), letterOf(task));
                }
            }
        }
    }

    /** Owners' tasks past their due date, oldest due first. */
    public List<LateTask> late() {
        Date startOfToday = Date.from(calendar.startOf(calendar.today()));
        return tasks.createTaskQuery().processDefinitionKeyIn(ProcessKeys.LETTER, ProcessKeys.REPORTING_CYCLE)
                .taskAssigned().dueBefore(startOfToday).orderByDueDate().asc().listPage(0, PAGE).stream()
                .map(t -> new LateTask(t.getId(), t.getName(), t.getAssignee(), t.getDueDate())).toList();
    }

    private void late(Task task, LocalDate due) {
        if (task.getAssignee() == null) {
            return;
        }
        String text = people.displayName(task.getAssignee()) + " is late with: " + task.getName() + " (due " + CycleCalendar.inWords(due) + ")";
        for (User coordinator : identity.createUserQuery().memberOfGroup(TaskRoles.COORDINATORS).listPage(0, PAGE)) {
            notifications.tell("late:" + task.getId() + ":" + coordinator.getId(), coordinator.getId(), text, task.getId(),
                    letterOf(task));
        }
    }

    private List<Task> openTasksDueBefore(Date by) {
        return tasks.createTaskQuery().processDefinitionKeyIn(ProcessKeys.LETTER, ProcessKeys.REPORTING_CYCLE)
                .dueBefore(by).orderByDueDate().asc().listPage(0, PAGE * 4);
    }

    private String letterOf(Task task) {
        TaskSubject subject = subjects.of(task.getId());
        return subject == null ? null : subject.letterId();
    }

    /** The assignee; else each member of the task's candidate groups who may decide it. */
    private List<String> whoDecides(Task task) {
        List<String> groups = task.getAssignee() != null ? List.of() : tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        return deciders.of(task.getAssignee(), groups, subjects.of(task.getId()));
    }
}
