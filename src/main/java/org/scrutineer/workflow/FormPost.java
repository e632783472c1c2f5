package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import org.scrutineer.pages.UkDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a task page sent, read back into the values the server's check and the engine take: text as text, ticks
 * as true or false, numbers as numbers, UK dates ({@code 31/03/2027}, {@code 31 March 2027}) as ISO dates, and
 * a dynamic list's rows ({@code actions[2].title}) as a list of entries in the order the page showed them.
 * Read-only fields of the form are not read: the server keeps those, whatever a page sends. What cannot even be
 * read (a date that is no date, a number that is no number) is an error here, before anything is checked, and is
 * kept as typed, so the page shown again with its errors shows it too: a walk found "30/02/2027" gone from the
 * field its error was about. With an error, the values go to a draft or back to the page, never to the engine.
 *
 * @param values the values, by the form's keys
 * @param errors what could not be read, by parameter name
 */
record FormPost(Map<String, Object> values, Map<String, String> errors) {

    private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d{1,4})]\\.(\\w+)$");

    static FormPost read(JsonNode schema, Map<String, String[]> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode c : schema.path("components")) {
            String type = c.path("type").asText();
            if (type.equals("dynamiclist")) {
                String path = c.path("path").asText();
                values.put(path, rows(c, path, params, errors));
            } else if (!type.equals("text") && !c.path("readonly").asBoolean(false)) {
                read(c, c.path("key").asText(), params, values, errors);
            }
        }
        return new FormPost(values, errors);
    }

    private static List<Map<String, Object>> rows(JsonNode list, String path, Map<String, String[]> params,
                                                  Map<String, String> errors) {
        SortedSet<Integer> indexes = new TreeSet<>();
        for (String name : params.keySet()) {
            Matcher row = ROW.matcher(name);
            if (row.matches() && row.group(1).equals(path)) {
                indexes.add(Integer.parseInt(row.group(2)));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int index : indexes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            for (JsonNode item : list.path("components")) {
                // an entry's read-only fields (a finding's id) are sent back: they say which entry it is
                read(item, path + "[" + index + "]." + item.path("key").asText(), params, entry, errors);
            }
            rows.add(entry);
        }
        return rows;
    }

    /** Reads parameter {@code name} into {@code into} under the component's key. */
    private static void read(JsonNode c, String name, Map<String, String[]> params, Map<String, Object> into,
                             Map<String, String> errors) {
        String key = c.path("key").asText();
        String[] sent = params.get(name);
        String text = sent == null || sent.length == 0 ? null : sent[sent.length - 1];
        String type = c.path("type").asText();
        if (sent != null && !type.equals("checklist") && !type.equals("taglist")
                && Arrays.stream(sent).distinct().count() > 1) {
            // a page sends a field once: "accepted=false&accepted=true" took the last, and accepted what said no
            errors.put(name, "was sent more than once, with different values: send one");
            return;
        }
        switch (type) {
            case "checkbox" -> {
                if (!FormPage.isQuestion(c)) {
                    into.put(key, text != null && text.equals("true")); // an unticked box sends nothing
                } else if ("true".equals(text) || "false".equals(text)) {
                    into.put(key, Boolean.valueOf(text)); // a question not answered stays missing, and is said so
                }
            }
            case "checklist", "taglist" -> into.put(key, sent == null ? List.of() : List.of(sent));
            case "number" -> {
                if (text != null && !text.isBlank()) {
                    try {
                        BigDecimal number = new BigDecimal(text.strip());
                        into.put(key, number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact()
                                : number.doubleValue());
                    } catch (NumberFormatException | ArithmeticException e) {
                        errors.put(name, "must be a number, like 40");
                        into.put(key, text);
                    }
                }
            }
            case "datetime" -> {
                if (text != null && !text.isBlank()) {
                    LocalDate date = UkDates.parse(text);
                    if (date == null) {
                        errors.put(name, "must be a real date, like 31/03/2027");
                        into.put(key, text);
                    } else {
                        into.put(key, date.toString());
                    }
                }
            }
            default -> {
                if (text != null && !(text.isEmpty() && isChoice(c))) {
                    // a one-line field the page shows as a box for a long line: its line breaks are spaces
                    into.put(key, c.path("type").asText().equals("textfield") ? text.replaceAll("\\s*\\R\\s*", " ")
                            : text.replace("\r\n", "\n"));
                }
            }
        }
    }

    private static boolean isChoice(JsonNode c) {
        String type = c.path("type").asText();
        return type.equals("select") || type.equals("radio");
    }
}
