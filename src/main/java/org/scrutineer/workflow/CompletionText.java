package org.scrutineer.workflow;

import org.scrutineer.web.VisibleText;
import org.scrutineer.workflow.form.FormField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text a completion sends, as it is stored through every door: without the invisible characters that make a
 * page read otherwise than the PDF ({@link VisibleText}), and a one-line field (an action's title) on one line.
 */
final class CompletionText {

    private CompletionText() {
    }

    /** The value cleaned, as plain Java (text, or lists and maps of it): {@code sent} itself when nothing changed. */
    static Object cleaned(Object sent, Optional<FormField> field) {
        if (sent instanceof String text) {
            return field.map(FormField::type).filter("textfield"::equals).isPresent()
                    ? VisibleText.oneLine(text) : VisibleText.of(text);
        }
        if (sent instanceof List<?> entries) {
            List<Object> cleaned = new ArrayList<>();
            for (Object entry : entries) {
                cleaned.add(cleaned(entry, field));
            }
            return cleaned.equals(entries) ? sent : cleaned;
        }
        if (sent instanceof Map<?, ?> entry) {
            Map<Object, Object> cleaned = new LinkedHashMap<>();
            entry.forEach((key, value) -> cleaned.put(key, cleaned(value, field.flatMap(list -> item(list, key)))));
            return cleaned.equals(entry) ? sent : cleaned;
        }
        return sent;
    }

    /** A field of a dynamic list's entry, by its key. */
    private static Optional<FormField> item(FormField list, Object key) {
        return list.items() == null ? Optional.empty()
                : list.items().stream().filter(f -> f.key().equals(String.valueOf(key))).findFirst();
    }
}
