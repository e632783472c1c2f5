package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.people.Person;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A task's form as Scrutineer's page shows it, built from the same {@code .form} schema the server checks: one
 * control per component, filled with the task's values (or what the person sent, when it was refused), each with
 * its error by its label. A dynamic list is a list of rows, each row its fields, so a long list stays a table of
 * short rows rather than one very long column.
 */
public record FormPage(String heading, List<String> intro, List<Control> controls, List<Problem> problems,
                       String submit, LocalDate today) {

    /** The custom property a field of a person's user id carries: the group whose members it offers, by name. */
    static final String PEOPLE = "people";

    /** Beside {@link #PEOPLE}: the field holding the one member not to offer (who declined the action), by id or name. */
    static final String EXCEPT = "except";

    /** What the form's button says, where its heading's text component names it ("Send my update"). */
    static final String SUBMIT = "submit";

    /**
     * A checkbox whose properties name its two answers is asked as a question with two radios on this page: declining
     * an action was leaving a box unticked. Tasklist still shows the box; the value is true or false either way.
     */
    static final String YES = "yes";
    static final String NO = "no";
    static final String QUESTION = "question";

    /** A line allowed this many characters or more is a sentence, given two thirds of a list entry's width. */
    static final int LONG_LINE = 500;

    /**
     * @param kind    heading, text, textarea, select, radio, checkbox, checklist, number, date, people, list, shown
     *                (read-only, shown as text and sent back unchanged)
     * @param name    the request parameter, e.g. {@code progress} or {@code actions[2].title}
     * @param id      the element id the error summary links to
     * @param chosen  the values ticked (checklist)
     * @param rows    a dynamic list's entries
     * @param columns the labels of a dynamic list's editable fields
     */
    public record Control(String kind, String name, String id, String label, String hint, String value, List<Option> options,
                   List<String> chosen, boolean required, Integer maxLength, String error, String hideWhen,
                   List<Row> rows, List<String> columns, Integer maxItems) {

        /** A long text: a textarea, or a line that may hold a sentence or more (an action's title). */
        public boolean isWide() {
            return "textarea".equals(kind) || ("text".equals(kind) && maxLength != null && maxLength >= LONG_LINE);
        }

        /** What one entry of a list is called: "Action" for "Actions", as its rows and their errors are headed. */
        public String one() {
            return singular(label);
        }

        /**
         * A list whose entries have one long text at most is shown as a table, an entry a row: 81 findings fit on a
         * few screens, each with its section as a select beside its text.
         */
        public boolean isTabular() {
            return "list".equals(kind) && !rows.isEmpty()
                    && rows.get(0).controls().stream().filter(Control::isWide).count() <= 1;
        }
    }

    public record Option(String value, String label) {
    }

    public record Row(int index, List<Control> controls, List<Control> hidden, String error) {
    }

    /** One error, as the summary at the top of the page lists it, linking to its field. */
    public record Problem(String id, String message) {
    }

    /**
     * @param today a date field holding an earlier date says it has passed: a plan drafted from an old letter
     *              proposes due dates the letter's timescales put in the past
     */
    static FormPage of(JsonNode schema, Map<String, Object> values, Map<String, String> errors, People people,
                       LocalDate today) {
        // a list of 300 actions asks 300 times for the owners to choose from: the group is read once per page
        Map<String, List<Person>> members = new HashMap<>();
        Page page = new Page(id -> members.computeIfAbsent(id, people::inGroup), people::displayName, today,
                new HashMap<>());
        String heading = "";
        String submit = "Send";
        List<String> intro = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (JsonNode c : schema.path("components")) {
            if (c.path("type").asText().equals("text")) {
                submit = c.path("properties").path(SUBMIT).asText(submit);
                for (String line : c.path("text").asText().split("\n")) {
                    if (line.startsWith("## ") && heading.isEmpty()) {
                        heading = line.substring(3).strip();
                    } else if (!line.isBlank() && !line.startsWith("*Tasklist")) {
                        // Tasklist's way to the report ("([open the PDF]({{reportLink}}), or `…`)"): the page links it
                        intro.add(line.replaceAll("\\s*\\(\\[[^]]*]\\(\\{\\{\\w+}}\\)[^)]*\\)", "").strip());
                    }
                }
            } else {
                controls.add(control(c, "", values, values, errors, problems, page));
            }
        }
        errors.forEach((name, message) -> {
            if (problems.stream().noneMatch(p -> p.id().equals(idOf(name)))) {
                problems.add(new Problem(idOf(name), message)); // not a field of the form: said at the top only
            }
        });
        return new FormPage(heading, intro, controls, problems, submit, today);
    }

    private static Control control(JsonNode c, String prefix, Map<String, Object> values, Map<String, Object> root,
                                   Map<String, String> errors, List<Problem> problems,
                                   Page page) {
        String type = c.path("type").asText();
        boolean list = type.equals("dynamiclist");
        String key = list ? c.path("path").asText() : c.path("key").asText();
        String name = prefix + key;
        String label = label(c);
        Object value = values.get(key);
        String error = errors.containsKey(name) ? sentence(label, errors.get(name)) : null;
        if (error != null) {
            problems.add(new Problem(idOf(name), prefix.isEmpty() ? error : rowName(prefix, page) + ": " + error));
        }
        String hint = c.path("description").asText(null);
        boolean required = c.path("validate").path("required").asBoolean(false);
        Integer maxLength = c.path("validate").hasNonNull("maxLength") ? c.path("validate").get("maxLength").asInt() : null;
        String hideWhen = c.path("conditional").path("hide").asText(null);
        if (list) {
            page.entryNames().put(name, singular(label));
            List<Row> rows = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            c.path("components").forEach(item -> {
                if (!item.path("readonly").asBoolean(false)) {
                    columns.add(label(item)); // read-only fields share the row's first column
                }
            });
            if (value instanceof List<?> entries) {
                for (int i = 0; i < entries.size(); i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry = entries.get(i) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                    rows.add(row(c, name, i, entry, root, errors, problems, page));
                }
            }
            Integer maxItems = c.path("properties").hasNonNull("maxItems") ? c.path("properties").get("maxItems").asInt() : null;
            return new Control("list", name, idOf(name), label, hint, null, List.of(), List.of(), required, null,
                    error, hideWhen, rows, columns, maxItems);
        }
        if (c.path("readonly").asBoolean(false)) {
            // a person's user id is shown as their name ("Asked by: Owen Owner"); the API keeps the id
            String shown = c.path("properties").hasNonNull(PEOPLE) && value instanceof String id && !id.isBlank()
                    ? page.name().apply(id) : shown(value, page.today());
            return new Control("shown", name, idOf(name), label, hint, shown, List.of(), List.of(), false, null,
                    error, hideWhen, List.of(), List.of(), null);
        }
        if (isQuestion(c)) {
            JsonNode answers = c.path("properties");
            return new Control("radio", name, idOf(name), answers.path(QUESTION).asText(label), hint,
                    value == null ? "" : String.valueOf(value),
                    List.of(new Option("true", answers.get(YES).asText()), new Option("false", answers.get(NO).asText())),
                    List.of(), true, null, error, hideWhen, List.of(), List.of(), null);
        }
        String kind = switch (type) {
            case "textfield" -> c.path("properties").hasNonNull(PEOPLE) ? "people" : "text";
            case "datetime" -> "date";
            default -> type;
        };
        List<Option> options = options(c, root, page.group());
        String text = switch (kind) {
            case "date" -> ukDate(value);
            case "text" -> value instanceof Collection<?> items ? String.join(", ", items.stream().map(String::valueOf).toList())
                    : value == null ? "" : String.valueOf(value);
            case "number" -> value instanceof Number n && n.doubleValue() % 1 == 0 ? String.valueOf(n.longValue())
                    : value == null ? "" : String.valueOf(value);
            default -> value == null ? "" : String.valueOf(value);
        };
        List<String> chosen = value instanceof Collection<?> items ? items.stream().map(String::valueOf).toList() : List.of();
        if (kind.equals("date") && hint == null) {
            hint = passed(value, page.today()) ? "This date has passed: today is " + UkDates.day(page.today())
                    + ". For example, 31/03/2027" : "For example, 31/03/2027";
        }
        return new Control(kind, name, idOf(name), label, hint, text, options, chosen, required, maxLength, error,
                hideWhen, List.of(), List.of(), null);
    }

    private static Row row(JsonNode list, String name, int index, Map<String, Object> entry, Map<String, Object> root,
                           Map<String, String> errors, List<Problem> problems,
                                   Page page) {
        String prefix = name + "[" + index + "].";
        List<Control> controls = new ArrayList<>();
        List<Control> hidden = new ArrayList<>();
        for (JsonNode item : list.path("components")) {
            Control control = control(item, prefix, entry, root, errors, problems, page);
            controls.add(control);
            if (control.kind().equals("shown")) {
                // a read-only field of an entry goes back with it: the list is replaced whole
                Object value = entry.get(item.path("key").asText());
                hidden.add(new Control("hidden", control.name(), control.id(), control.label(), null,
                        value == null ? "" : String.valueOf(value), List.of(), List.of(), false, null, null, null,
                        List.of(), List.of(), null));
            }
        }
        String rowError = errors.get(name + "[" + index + "]");
        return new Row(index, controls, hidden, rowError);
    }

    /** A checkbox this page asks as a question with a radio for each answer (see {@link #YES}). */
    static boolean isQuestion(JsonNode c) {
        return c.path("type").asText().equals("checkbox") && c.path("properties").hasNonNull(YES)
                && c.path("properties").hasNonNull(NO);
    }

    private static List<Option> options(JsonNode c, Map<String, Object> root, Function<String, List<Person>> group) {
        List<Option> options = new ArrayList<>();
        c.path("values").forEach(v -> options.add(new Option(v.path("value").asText(), v.path("label").asText())));
        if (c.hasNonNull("valuesKey") && root.get(c.get("valuesKey").asText()) instanceof List<?> drawn) {
            for (Object o : drawn) {
                if (o instanceof Map<?, ?> m) {
                    options.add(new Option(String.valueOf(m.get("value")), String.valueOf(m.get("label"))));
                }
            }
        }
        if (c.path("properties").hasNonNull(PEOPLE)) {
            // an action declined goes to someone else: the form names the field of the one not to offer, which
            // holds their name as the form shows it ("Declined by: Olive Owner")
            Object except = root.get(c.path("properties").path(EXCEPT).asText(""));
            group.apply(c.path("properties").get(PEOPLE).asText()).stream()
                    .filter(p -> !p.userId().equals(except) && !p.name().equals(except))
                    .forEach(p -> options.add(new Option(p.userId(), p.name())));
        }
        return options;
    }

    private static String label(JsonNode c) {
        String label = c.path("label").asText("");
        if (label.isBlank()) {
            label = c.path("dateLabel").asText("");
        }
        return label.isBlank() ? c.path("key").asText() : label;
    }

    /**
     * A read-only value as a person reads it: ISO dates in UK form, lists joined. A date already past says so: an
     * owner accepted, and a coordinator reassigned, an action overdue before anyone had it, with no word of it.
     */
    private static String shown(Object value, LocalDate today) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(String::valueOf).toList());
        }
        String text = String.valueOf(value);
        try {
            LocalDate date = LocalDate.parse(text);
            return date.format(UkDates.LONG) + (date.isBefore(today) ? " – this date has passed" : "");
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    /** What a page's fields look up: a group's members (read once a page), a person's name and the day it is. */
    private record Page(Function<String, List<Person>> group, Function<String, String> name, LocalDate today,
                        Map<String, String> entryNames) {
    }

    private static boolean passed(Object value, LocalDate today) {
        try {
            return value != null && LocalDate.parse(String.valueOf(value)).isBefore(today);
        } catch (DateTimeParseException notIso) {
            return false; // what a person typed, shown back with its error
        }
    }

    private static String ukDate(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return LocalDate.parse(String.valueOf(value)).format(UkDates.FIELD);
        } catch (DateTimeParseException e) {
            return String.valueOf(value);
        }
    }

    /**
     * What is wrong, as a sentence: a message that is one already ("Say why the action needs the new due date") stands
     * alone, else it follows the field's label ("Progress is required").
     */
    private static String sentence(String label, String message) {
        // "… due date to (optional) must be a real date" read as if the field were both optional and wrong
        String named = label.replaceFirst("\\s*\\(optional\\)$", "");
        return !message.isEmpty() && Character.isUpperCase(message.charAt(0)) ? message : named + " " + message;
    }

    /** "actions[0]." → "Action 1", as the page heads the row. */
    private static String rowName(String prefix, Page page) {
        int bracket = prefix.indexOf('[');
        String list = prefix.substring(0, bracket);
        int index = Integer.parseInt(prefix.substring(bracket + 1, prefix.indexOf(']')));
        return page.entryNames().getOrDefault(list, list) + " " + (index + 1);
    }

    private static String singular(String label) {
        return label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
    }

    /** {@code actions[2].title} → {@code field-actions-2-title}: an id a link can point at. */
    static String idOf(String name) {
        return "field-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
