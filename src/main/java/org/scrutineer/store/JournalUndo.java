package org.scrutineer.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Puts documents back as they were before the writes of a transaction that did not commit. */
@Component
class JournalUndo {

    private final MongoTemplate mongo;

    JournalUndo(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Undoes the steps newest first, so a document written twice ends as it was before the first write. */
    void apply(List<Document> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            undo(steps.get(i));
        }
    }

    private void undo(Document step) {
        String collection = step.getString("collection");
        Object id = step.get("id");
        if (UndoStep.FILE.equals(step.getString("kind"))) {
            mongo.remove(query(where("_id").is(id)), collection + ".files");
            mongo.remove(query(where("files_id").is(id)), collection + ".chunks");
        } else if (step.containsKey("whole")) {
            mongo.save(step.get("whole", Document.class), collection);
        } else if (!step.containsKey("fields")) {
            mongo.remove(query(where("_id").is(id)), collection);
        } else {
            restore(collection, id, step.get("fields", Document.class), step.getList("elements", Document.class),
                    step.getString("versionField"));
        }
    }

    private void restore(String collection, Object id, Document fields, List<Document> elements, String versionField) {
        Update update = new Update();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (UndoStep.isAbsent(field.getValue())) {
                update.unset(field.getKey());
            } else {
                update.set(field.getKey(), field.getValue());
            }
        }
        if (versionField != null) {
            // a reader holding the version this transaction wrote must not save over the restored document
            update.inc(versionField, 1);
        }
        if (!update.getUpdateObject().isEmpty()) {
            mongo.updateFirst(query(where("_id").is(id)), update, collection);
        }
        for (Document element : elements) {
            String field = element.getString("field");
            Query exact = query(where("_id").is(id).and(field + "." + element.getString("key")).is(element.get("keyValue")));
            mongo.updateFirst(exact, new Update().set(field + ".$", element.get("before")), collection);
        }
    }
}
