package org.scrutineer.workflow;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person typed into a task's page and has not sent (collection {@code taskDrafts}), by task: kept when they
 * save it to finish later, or when the page refused what they sent, and shown when they open the task again. A
 * coordinator lost a half-drafted plan of several actions by leaving its page after a refusal. Only whoever saved it
 * sees it; sending the task from its page drops it (sent through another door, it stays, never shown again: its task
 * is gone). It is not the engine's: nothing in it has been decided or checked.
 */
@Service
class TaskDrafts {

    /** @param values the form's values as the page sent them */
    @Document("taskDrafts")
    record TaskDraft(@Id String taskId, String savedBy, Map<String, Object> values, Instant savedAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    TaskDrafts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void save(String taskId, String user, Map<String, Object> values) {
        mongo.save(new TaskDraft(taskId, user, values, Instant.now(clock)));
    }

    /** The draft this person saved of this task, if they saved one. */
    Optional<TaskDraft> of(String taskId, String user) {
        return Optional.ofNullable(mongo.findById(taskId, TaskDraft.class)).filter(d -> user.equals(d.savedBy()));
    }

    /** Which of these tasks this person has a draft of, in one read. */
    Set<String> savedBy(String user, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(taskIds).and("savedBy").is(user)), TaskDraft.class)
                .stream().map(TaskDraft::taskId).collect(Collectors.toSet());
    }

    void drop(String taskId) {
        mongo.remove(Query.query(Criteria.where("_id").is(taskId)), TaskDraft.class);
    }
}
