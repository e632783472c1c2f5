package org.scrutineer.store;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Refusals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * What each unsettled transaction is writing: a document, or a field or list element of one (a plan's action),
 * held from the transaction's first write to it until it commits or is undone. Two transactions never write the
 * same thing at once, so undoing one never takes away what the other wrote. One node's lock on one task already
 * keeps two completions of a task apart there; across nodes, the second one to reach a thing is refused (409)
 * at once, and its transaction rolls back, as the engine would refuse it at its commit anyway.
 */
@Component
class WriteLocks {

    static final String COLLECTION = "writeLocks";

    private final MongoTemplate mongo;
    private final Clock clock;

    WriteLocks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Takes the locks the step needs for this journal, or refuses if another journal holds one. */
    void take(String journalId, Document step) {
        for (String key : keysOf(step)) {
            try {
                mongo.insert(new Document("_id", key).append("journal", journalId)
                        .append("at", Date.from(clock.instant())), COLLECTION);
            } catch (DuplicateKeyException held) {
                Document holder = mongo.findById(key, Document.class, COLLECTION);
                if (holder != null && !journalId.equals(holder.getString("journal"))) {
                    throw Refusals.remember(new Conflict("Someone else is changing the same record at this moment;"
                            + " nothing you sent was kept. Try again in a moment."));
                }
            }
        }
    }

    void release(String journalId) {
        mongo.remove(query(where("journal").is(journalId)), COLLECTION);
    }

    /** A whole document, or each field and list element a change step changed. */
    private static Collection<String> keysOf(Document step) {
        String document = step.getString("collection") + "|" + step.get("id");
        if (!step.containsKey("fields")) {
            return List.of(document);
        }
        List<String> keys = new ArrayList<>();
        step.get("fields", Document.class).keySet().forEach(field -> keys.add(document + "|" + field));
        step.getList("elements", Document.class).forEach(element ->
                keys.add(document + "|" + element.getString("field") + "|" + element.get("keyValue")));
        return keys;
    }
}
