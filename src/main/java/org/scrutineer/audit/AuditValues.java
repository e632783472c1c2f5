package org.scrutineer.audit;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The before and after values of an entry as plain JSON-like values: dates and enums become their text, so
 * what MongoDB stores reads back, and prints, exactly as it was recorded.
 */
public final class AuditValues {

    private AuditValues() {
    }

    /** A map from alternating names and values, in that order; a {@literal null} value is kept as null. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], plain(namesAndValues[i + 1]));
        }
        return values;
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditValues::plain).toList();
        }
        return value.toString();
    }
}
