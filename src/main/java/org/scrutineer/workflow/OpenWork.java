package org.scrutineer.workflow;

import org.camunda.bpm.engine.TaskService;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** What is waiting to be done, for the pages that show it: a person's open tasks and the open task about a report. */
@Service
public class OpenWork {

    private final WorkTasks work;
    private final TaskService tasks;
    private final TaskSubjects subjects;

    OpenWork(WorkTasks work, TaskService tasks, TaskSubjects subjects) {
        this.work = work;
        this.tasks = tasks;
        this.subjects = subjects;
    }

    /** The person's open tasks (assigned to them, or offered to one of their groups), oldest first. */
    public Paged<TaskSummary> of(String user, List<String> groups, Paging paging) {
        return work.openTasks(user, groups, paging);
    }

    /** The open sign-off task of a report, if it is waiting for a decision. */
    public Optional<String> signOffTaskOf(String reportId) {
        return tasks.createTaskQuery().taskDefinitionKey(ProcessKeys.SCRUTINY_SIGN_OFF).active().list().stream()
                .filter(t -> {
                    TaskSubject subject = subjects.of(t.getId());
                    return subject != null && reportId.equals(subject.reportId());
                })
                .map(org.camunda.bpm.engine.task.Task::getId).findFirst();
    }
}
