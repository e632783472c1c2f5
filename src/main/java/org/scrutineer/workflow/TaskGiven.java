package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.notify.Notifications;
import org.springframework.stereotype.Component;

/** Tells an action's owner that a task has been given to them, by its title and link; once per task and owner. */
@Component("taskGiven")
class TaskGiven implements TaskListener {

    private final Notifications notifications;
    private final TaskSubjects subjects;

    TaskGiven(Notifications notifications, TaskSubjects subjects) {
        this.notifications = notifications;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        notifications.tell("given:" + task.getId() + ":" + task.getAssignee(), task.getAssignee(),
                "New task: " + task.getName(), task.getId(), subjects.of(task).letterId());
    }
}
