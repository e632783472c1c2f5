package org.scrutineer.workflow;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Summarises a page of tasks with one read of their subjects for the whole page, not reads for each task: reading
 * each task's variables walked up its scopes query by query, and an owner with 300 tasks waited seconds for their
 * list.
 */
@Component
class TaskSummaries {

    private final TaskSubjects subjects;

    TaskSummaries(TaskSubjects subjects) {
        this.subjects = subjects;
    }

    List<TaskSummary> of(List<Task> page) {
        Map<String, TaskSubject> subjectOf = subjects.of(page.stream().map(Task::getId).toList());
        return page.stream().map(task -> {
            TaskSubject subject = subjectOf.containsKey(task.getId()) ? subjectOf.get(task.getId()) : subjects.of(task.getId());
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    subject == null ? null : subject.letterId(), subject == null ? null : subject.actionId(),
                    task.getAssignee(), task.getCreateTime(), task.getDueDate());
        }).toList();
    }
}
