package org.scrutineer.store;

import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What puts one document back as it was before a write of a transaction that did not commit, as kept in the
 * journal. Only what the write changed is put back (the fields, or the elements of a list of identified
 * sub-documents such as a plan's actions), so a write another transaction committed meanwhile to the same
 * document, on other fields or elements, stands.
 */
final class UndoStep {

    static final String FILE = "file";
    static final String DOCUMENT = "document";

    private UndoStep() {
    }

    /** A document the write creates: undone by deleting it. */
    static Document created(String collection, Object id) {
        return new Document("kind", DOCUMENT).append("collection", collection).append("id", id);
    }

    /** A GridFS file the transaction stores: undone by deleting it. */
    static Document storedFile(String bucket, Object id) {
        return new Document("kind", FILE).append("collection", bucket).append("id", id);
    }

    /** A document deleted: undone by putting it back whole. */
    static Document deleted(String collection, Document before) {
        return new Document("kind", DOCUMENT).append("collection", collection).append("id", before.get("_id"))
                .append("whole", before);
    }

    /**
     * A document replaced by {@code after}: undone by setting back each top-level field that differs, and for a list
     * of sub-documents that keep their ids and order, only the elements that differ.
     *
     * @param versionField the field of the document's optimistic-locking version, or {@literal null}
     */
    static Document changed(String collection, Document before, Document after, String versionField) {
        Document fields = new Document();
        List<Document> elements = new ArrayList<>();
        for (String key : union(before.keySet(), after.keySet())) {
            if (key.equals("_id") || key.equals("_class") || key.equals(versionField)) {
                continue;
            }
            Object was = before.get(key);
            Object now = after.get(key);
            if (Objects.equals(was, now)) {
                continue;
            }
            List<Document> changedElements = changedElements(key, was, now);
            if (changedElements != null) {
                elements.addAll(changedElements);
            } else {
                fields.append(key, before.containsKey(key) ? was : ABSENT);
            }
        }
        return new Document("kind", DOCUMENT).append("collection", collection).append("id", before.get("_id"))
                .append("fields", fields).append("elements", elements)
                .append("versionField", versionField);
    }

    /** The elements to put back, or {@literal null} when the list must be put back whole. */
    private static List<Document> changedElements(String field, Object was, Object now) {
        if (!(was instanceof List<?> before) || !(now instanceof List<?> after) || before.size() != after.size()) {
            return null;
        }
        List<Document> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            String key = idKey(before.get(i));
            if (key == null || !(after.get(i) instanceof Document a) || !Objects.equals(((Document) before.get(i)).get(key), a.get(key))) {
                return null;
            }
            if (!before.get(i).equals(a)) {
                Document b = (Document) before.get(i);
                changed.add(new Document("field", field).append("key", key).append("keyValue", b.get(key)).append("before", b));
            }
        }
        return changed;
    }

    private static String idKey(Object element) {
        if (element instanceof Document d) {
            return d.containsKey("_id") ? "_id" : d.containsKey("id") ? "id" : null;
        }
        return null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** A whole document, or each field and list element a change step changed. */
    static List<String> lockKeys(Document step) {
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

    /** A field the document did not have (MongoDB keeps no field names that start with "$", so not "$unset"). */
    static final Document ABSENT = new Document("absentBeforeTheWrite", true);

    static boolean isAbsent(Object value) {
        return ABSENT.equals(value);
    }
}
