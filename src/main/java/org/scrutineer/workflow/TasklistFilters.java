package org.scrutineer.workflow;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Tasklist's filters, made once: each person's own tasks, and the tasks offered to their groups. (The
 * starter's filter has an empty query, so it listed everyone's tasks to everyone.)
 */
@Component
class TasklistFilters {

    private final FilterService filters;
    private final TaskService tasks;
    private final String adminId;

    TasklistFilters(FilterService filters, TaskService tasks, @Value("${camunda.bpm.admin-user.id}") String adminId) {
        this.filters = filters;
        this.tasks = tasks;
        this.adminId = adminId;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createFilters() {
        create("My tasks", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        create("My groups' tasks", 0, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    }

    private void create(String name, int priority, org.camunda.bpm.engine.task.TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() == 0) {
            Filter filter = filters.newTaskFilter(name).setOwner(adminId).setQuery(query)
                    .setProperties(Map.of("priority", priority, "refresh", true));
            filters.saveFilter(filter);
        }
    }
}
