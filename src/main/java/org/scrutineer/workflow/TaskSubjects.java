package org.scrutineer.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.scrutineer.workflow.Variables.ACTION_ID;
import static org.scrutineer.workflow.Variables.CYCLE_ID;
import static org.scrutineer.workflow.Variables.LETTER_ID;
import static org.scrutineer.workflow.Variables.REPORT_ID;

/**
 * The subjects of tasks (collection {@code taskSubjects}), keyed by task id: bound when the engine creates a task
 * (a create listener every user task gets, see {@link DoorGuardPlugin}), from its execution's variables, which
 * only the server sets. A task's local variables, which a door may write, are never read. No door writes here.
 * <p>
 * A subject never changes once bound and task ids are never reused, so the subjects of the tasks this node has
 * seen lately are kept in memory too: a completion asks for its task's subject in three listeners.
 */
@Service
class TaskSubjects {

    private static final int REMEMBERED = 10_000;

    private final MongoTemplate mongo;
    private final ObjectProvider<ProcessEngine> engine;
    private final Map<String, TaskSubject> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TaskSubject> eldest) {
                    return size() > REMEMBERED;
                }
            });

    TaskSubjects(MongoTemplate mongo, ObjectProvider<ProcessEngine> engine) {
        this.mongo = mongo;
        this.engine = engine;
    }

    /** Records the subject of a task the engine is creating. */
    TaskSubject bind(DelegateTask task) {
        VariableScope execution = task.getExecution();
        TaskSubject subject = new TaskSubject(task.getId(), task.getTaskDefinitionKey(),
                TaskRoles.roleOf(task.getTaskDefinitionKey()), task.getProcessInstanceId(),
                text(execution, LETTER_ID), text(execution, ACTION_ID), text(execution, CYCLE_ID),
                text(execution, REPORT_ID), Instant.now());
        // by the task's id, so binding again (a retried creation, or a task made before subjects were kept) rewrites it
        mongo.save(subject);
        remembered.put(subject.id(), subject);
        return subject;
    }

    /** The subject of a task in a listener on it. */
    TaskSubject of(DelegateTask task) {
        TaskSubject subject = stored(task.getId());
        return subject != null ? subject : bind(task);
    }

    /** The subjects bound to these tasks, by task id, in one read; a task with none bound yet is missing. */
    Map<String, TaskSubject> of(Collection<String> taskIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(taskIds)), TaskSubject.class).stream()
                .collect(Collectors.toMap(TaskSubject::id, Function.identity()));
    }

    /** The subject of an open task; {@literal null} when no open task has that id. */
    TaskSubject of(String taskId) {
        TaskSubject subject = stored(taskId);
        if (subject != null) {
            return subject;
        }
        // a task created before subjects were kept: bound now, from its execution, as at its creation
        return ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration().getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(() -> {
                    TaskEntity task = context.getTaskManager().findTaskById(taskId);
                    return task == null || task.getExecution() == null ? null : bind(task);
                }));
    }

    private TaskSubject stored(String taskId) {
        TaskSubject subject = remembered.get(taskId);
        if (subject == null) {
            subject = mongo.findById(taskId, TaskSubject.class);
            if (subject != null) {
                remembered.put(taskId, subject);
            }
        }
        return subject;
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
