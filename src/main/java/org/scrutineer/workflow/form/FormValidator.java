package org.scrutineer.workflow.form;

import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.DateRange;
import org.scrutineer.web.PeriodRange;
import org.scrutineer.web.VisibleText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.*;
import java.util.regex.Pattern;

/**
 * Checks field values against a task's form: required fields, types, allowed values, number ranges, text
 * lengths, patterns and the form's hide conditions. Every door that completes a task uses it, so a
 * submission from Tasklist, Camunda's REST API or ours meets the same rules.
 */
public final class FormValidator {

    private FormValidator() {
    }

    /**
     * @param values the values the task would complete with (what is stored, overlaid with what is submitted);
     *               JSON values as plain maps and lists
     * @return each field at fault and why; empty when the values are acceptable
     */
    public static List<FieldError> check(TaskForm form, Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        checkFields(form.fields(), values, values, "", errors);
        return errors;
    }

    /** Names the submitted keys the form does not have; shown-only (read-only) fields may be sent back and are ignored. */
    public static List<FieldError> unknownFields(TaskForm form, Set<String> submitted) {
        return submitted.stream().filter(key -> form.field(key).isEmpty()).sorted()
                .map(key -> new FieldError(key, "is not a field of the " + form.id() + " form")).toList();
    }

    private static void checkFields(List<FormField> fields, Map<String, Object> values, Map<String, Object> root,
                                    String prefix, List<FieldError> errors) {
        for (FormField field : fields) {
            if (field.readonly()) {
                continue;
            }
            String name = prefix + field.key();
            Object value = values.get(field.key());
            if (HideCondition.hides(field.hideWhen(), values)) {
                // not asked for, so no rule of it applies; but sent, it must be the field's kind, as a listener reads it
                String wrongKind = isMissing(value) ? null : kindProblem(field, value);
                if (wrongKind != null) {
                    errors.add(new FieldError(name, wrongKind));
                }
                continue;
            }
            if (isMissing(value)) {
                if (field.required() || (field.type().equals("checkbox") && !field.hasDefault())) {
                    errors.add(new FieldError(name, field.whenMissing() != null ? field.whenMissing() : "is required"));
                }
                continue;
            }
            String problem = problemWith(field, value, root);
            if (problem != null) {
                errors.add(new FieldError(name, problem));
            } else if (field.type().equals("dynamiclist")) {
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Map<?, ?> item) {
                        @SuppressWarnings("unchecked") Map<String, Object> entry = (Map<String, Object>) item;
                        unknownEntryFields(field, entry.keySet(), name + "[" + i + "].", errors);
                        checkFields(field.items(), entry, root, name + "[" + i + "].", errors);
                    } else {
                        errors.add(new FieldError(name + "[" + i + "]", "must be an object"));
                    }
                }
            }
        }
    }

    /**
     * An entry's keys must be its fields, as a submission's are the form's: a key no listener reads would be dropped
     * without a word ({@code actions[0].status} does not complete an action). The keys the form prefills are its
     * fields, read-only ones included, so an entry sent back as the form showed it passes.
     */
    private static void unknownEntryFields(FormField list, Set<?> keys, String prefix, List<FieldError> errors) {
        Set<String> fields = new HashSet<>();
        list.items().forEach(f -> fields.add(f.key()));
        keys.stream().map(String::valueOf).filter(key -> !fields.contains(key)).sorted()
                .forEach(key -> errors.add(new FieldError(prefix + key, "is not a field of " + entryName(list.key()))));
    }

    /** "an action" for the list {@code actions}, "a finding" for {@code findings}: what one entry of the list is. */
    private static String entryName(String listKey) {
        String one = listKey.endsWith("s") ? listKey.substring(0, listKey.length() - 1) : listKey + " entry";
        return ("aeiou".indexOf(Character.toLowerCase(one.charAt(0))) >= 0 ? "an " : "a ") + one;
    }

    private static boolean isMissing(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    private static String problemWith(FormField field, Object value, Map<String, Object> root) {
        return switch (field.type()) {
            case "textfield", "textarea" -> textProblem(field, value);
            case "number" -> numberProblem(field, value);
            case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
            case "select", "radio" -> allowed(field, root).contains(String.valueOf(value)) ? null
                    : "must be one of " + allowed(field, root);
            case "checklist", "taglist" -> choicesProblem(field, value, root);
            case "datetime" -> dateProblem(value);
            case "dynamiclist" -> !(value instanceof List<?> items) ? "must be a list"
                    : field.maxItems() != null && items.size() > field.maxItems()
                    ? "must have at most " + field.maxItems() + " entries" : null;
            default -> null;
        };
    }

    /** Whether the value is the kind of thing the field holds, whatever its rules. */
    private static String kindProblem(FormField field, Object value) {
        return switch (field.type()) {
            case "textfield", "textarea" -> field.list() ? (value instanceof List<?> ? null : "must be a list of strings")
                    : value instanceof String ? null : "must be text";
            case "number" -> value instanceof Number ? null : "must be a number";
            case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
            case "select", "radio", "datetime" -> value instanceof String ? null : "must be text";
            case "checklist", "taglist", "dynamiclist" -> value instanceof List<?> ? null : "must be a list";
            default -> null;
        };
    }

    private static String textProblem(FormField field, Object value) {
        if (field.list() && value instanceof List<?> items) {
            return items.stream().allMatch(i -> i instanceof String) ? null : "must be a list of strings";
        }
        if (!(value instanceof String text)) {
            return "must be text";
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return "must be at most " + field.maxLength() + " characters";
        }
        String unfit = VisibleText.problem(text);
        if (unfit != null) {
            return unfit;
        }
        if (field.minLength() != null && text.strip().length() < field.minLength()) {
            return "must be at least " + field.minLength() + " characters";
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).matches()) {
            return "is not in the expected format";
        }
        if ((field.minPeriod() != null || field.maxPeriod() != null) && !PeriodRange.within(text,
                Period.parse(field.minPeriod() != null ? field.minPeriod() : "P0D"),
                Period.parse(field.maxPeriod() != null ? field.maxPeriod() : "P9999Y"))) {
            return "must be a period from " + field.minPeriod() + " to " + field.maxPeriod();
        }
        return null;
    }

    private static String numberProblem(FormField field, Object value) {
        if (!(value instanceof Number number) || Double.isNaN(number.doubleValue())) {
            return "must be a number";
        }
        double n = number.doubleValue();
        if ((field.min() != null && n < field.min()) || (field.max() != null && n > field.max())) {
            return "must be between " + format(field.min()) + " and " + format(field.max());
        }
        if (field.decimalDigits() != null && !hasAtMostDecimals(number, field.decimalDigits())) {
            // a listener reads a whole number as its whole part: 50.5 would be kept as 50, 1e-7 as 0
            String range = field.min() != null && field.max() != null
                    ? " from " + format(field.min()) + " to " + format(field.max()) : "";
            return field.decimalDigits() == 0 ? "must be a whole number" + range
                    : "must have at most " + field.decimalDigits() + " digits after the point";
        }
        return null;
    }

    private static boolean hasAtMostDecimals(Number number, int digits) {
        if (number instanceof Double d && d.isInfinite() || number instanceof Float f && f.isInfinite()) {
            return false;
        }
        BigDecimal exact = number instanceof BigDecimal b ? b : new BigDecimal(number.toString());
        return exact.stripTrailingZeros().scale() <= digits;
    }

    private static String choicesProblem(FormField field, Object value, Map<String, Object> root) {
        if (!(value instanceof List<?> items)) {
            return "must be a list";
        }
        Set<String> allowed = allowed(field, root);
        List<String> unknown = items.stream().map(String::valueOf).filter(v -> !allowed.contains(v)).toList();
        return unknown.isEmpty() ? null : "has values not offered: " + unknown;
    }

    private static String dateProblem(Object value) {
        try {
            return DateRange.accepts(LocalDate.parse(String.valueOf(value))) ? null : DateRange.RULE;
        } catch (DateTimeParseException e) {
            return "must be a date as YYYY-MM-DD";
        }
    }

    /** Static options, or those the form draws from another value ({@code valuesKey}: a list of {label, value}). */
    private static Set<String> allowed(FormField field, Map<String, Object> root) {
        if (field.valuesKey() == null) {
            return field.allowed();
        }
        Set<String> allowed = new LinkedHashSet<>();
        if (root.get(field.valuesKey()) instanceof List<?> options) {
            for (Object option : options) {
                allowed.add(option instanceof Map<?, ?> m ? String.valueOf(m.get("value")) : String.valueOf(option));
            }
        }
        return allowed;
    }

    private static String format(Double d) {
        return d == null ? "any" : d % 1 == 0 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
