package org.scrutineer.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Journals every document saved, inserted or deleted through Spring Data inside an engine transaction, before
 * the write, with what it replaces: the features write as they always did, and {@link WriteJournal} makes each
 * write stand only if the engine commits.
 */
@Component
class JournalingMongoEvents extends AbstractMongoEventListener<Object> {

    private final WriteJournal journal;
    private final MongoTemplate mongo;

    JournalingMongoEvents(WriteJournal journal, MongoTemplate mongo) {
        this.journal = journal;
        this.mongo = mongo;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        String collection = event.getCollectionName();
        if (isOwn(collection) || !journal.inTransaction()) {
            return;
        }
        Document after = event.getDocument();
        Object id = after == null ? null : after.get("_id");
        if (id == null) {
            throw new IllegalStateException("A document written to " + collection + " inside an engine transaction"
                    + " needs its id before it is written, so the write can be undone.");
        }
        Document before = mongo.findOne(query(where("_id").is(id)), Document.class, collection);
        journal.before(before == null ? UndoStep.created(collection, id) : UndoStep.changed(collection, before, after));
    }

    /** The journal's and the locks' own documents are what undo and settle writes, not writes to undo. */
    private static boolean isOwn(String collection) {
        return WriteJournal.COLLECTION.equals(collection) || WriteLocks.COLLECTION.equals(collection);
    }

    @Override
    public void onBeforeDelete(BeforeDeleteEvent<Object> event) {
        String collection = event.getCollectionName();
        if (isOwn(collection) || !journal.inTransaction() || event.getDocument() == null) {
            return;
        }
        mongo.find(new BasicQuery(event.getDocument()), Document.class, collection)
                .forEach(deleted -> journal.before(UndoStep.deleted(collection, deleted)));
    }
}
