package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.scrutineer.notify.Notifications;
import org.scrutineer.web.RequestUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Tells whoever may decide a new task that it is theirs, by its title, letter and link; once per task and person.
 * An action's task goes to its owner; a group's task (a letter's review, a chair's sign-off) to each member whose
 * decision it is, but for the one whose own act made it: a chair was never told a report waited for them.
 */
@Component("taskGiven")
class TaskGiven implements TaskListener {

    private final Notifications notifications;
    private final TaskSubjects subjects;
    private final Deciders deciders;

    TaskGiven(Notifications notifications, TaskSubjects subjects, Deciders deciders) {
        this.notifications = notifications;
        this.subjects = subjects;
        this.deciders = deciders;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        // the task's candidates as the model gave them, not yet written where a query would find them
        var groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        String actor = task.getAssignee() == null ? actor(task) : null;
        for (String person : deciders.of(task.getAssignee(), groups, subject)) {
            if (!person.equals(actor)) {
                notifications.tell("given:" + task.getId() + ":" + person, person, "New task: " + task.getName(),
                        task.getId(), subject.letterId());
            }
        }
    }

    /**
     * Whose act made the task: the person signed in to the engine (a completion), else the one signed in to the
     * request that started the process (a letter's registration starts it with nobody signed in to the engine, and
     * the coordinator who registered it was told of its review). A job's thread has neither.
     */
    private static String actor(DelegateTask task) {
        String completer = Completer.of(task);
        if (completer != null) {
            return completer;
        }
        return RequestUser.current().map(Authentication::getName).orElse(null);
    }
}
