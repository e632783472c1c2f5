package org.scrutineer.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
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
        if (isOwn(collection) || !WriteJournal.inTransaction()) {
            return;
        }
        Document after = event.getDocument();
        Object id = after == null ? null : after.get("_id");
        if (id == null) {
            throw new IllegalStateException("A document written to " + collection + " inside an engine transaction"
                    + " needs its id before it is written, so the write can be undone.");
        }
        Document before = mongo.findOne(query(where("_id").is(id)), Document.class, collection);
        String versionField = versionFieldOf(event.getSource());
        if (before != null && versionField != null && after.get(versionField) instanceof Number next
                && !(before.get(versionField) instanceof Number stored && stored.longValue() == next.longValue() - 1)) {
            // a versioned save of a document someone changed since it was read: it will fail, and be retried on a
            // fresh read; what it would change is no write to undo, nor to lock
            return;
        }
        journal.before(before == null ? UndoStep.created(collection, id)
                : UndoStep.changed(collection, before, after, versionField));
    }

    /** The field of the entity's optimistic-locking version ({@code @Version}), or {@literal null} if it has none. */
    private String versionFieldOf(Object entity) {
        MongoPersistentEntity<?> mapped = entity == null ? null : mongo.getConverter().getMappingContext()
                .getPersistentEntity(entity.getClass());
        return mapped != null && mapped.hasVersionProperty() ? mapped.getRequiredVersionProperty().getFieldName() : null;
    }

    /** The journal's own documents are what undo and settle writes, not writes to undo. */
    private static boolean isOwn(String collection) {
        return WriteJournal.COLLECTION.equals(collection);
    }

    @Override
    public void onBeforeDelete(BeforeDeleteEvent<Object> event) {
        String collection = event.getCollectionName();
        if (isOwn(collection) || !WriteJournal.inTransaction() || event.getDocument() == null) {
            return;
        }
        mongo.find(new BasicQuery(event.getDocument()), Document.class, collection)
                .forEach(deleted -> journal.before(UndoStep.deleted(collection, deleted)));
    }
}
