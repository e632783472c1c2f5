package org.scrutineer.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.*;

/**
 * The forms of forms/, read once at start-up. The same .form files the engine deploys for Tasklist drive
 * the server's checks, so the two can never disagree. A task's form has the task's id.
 */
@Component
public class TaskForms {

    /** A field's custom property: what to say, as a whole sentence, when a required value is missing. */
    static final String WHEN_MISSING = "whenMissing";

    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "select",
            "radio", "checklist", "taglist", "datetime", "dynamiclist");

    private final Map<String, TaskForm> forms = new HashMap<>();

    TaskForms(ObjectMapper json) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode schema = json.readTree(in);
                forms.put(schema.path("id").asText(), new TaskForm(schema.path("id").asText(), schema,
                        fields(schema.path("components"))));
            }
        }
    }

    public TaskForm forTask(String taskKey) {
        TaskForm form = forms.get(taskKey);
        if (form == null) {
            throw new IllegalStateException("no form in forms/ has the id '" + taskKey + "'");
        }
        return form;
    }

    private static List<FormField> fields(JsonNode components) {
        List<FormField> fields = new ArrayList<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (!INPUTS.contains(type)) {
                continue;
            }
            JsonNode validate = c.path("validate");
            JsonNode properties = c.path("properties");
            Set<String> allowed = new LinkedHashSet<>();
            c.path("values").forEach(v -> allowed.add(v.path("value").asText()));
            fields.add(new FormField(
                    type.equals("dynamiclist") ? c.path("path").asText() : c.path("key").asText(),
                    type,
                    c.path("readonly").asBoolean(false),
                    validate.path("required").asBoolean(false),
                    intOrNull(validate.get("minLength")), intOrNull(validate.get("maxLength")),
                    doubleOrNull(validate.get("min")), doubleOrNull(validate.get("max")),
                    validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                    allowed,
                    c.hasNonNull("valuesKey") ? c.get("valuesKey").asText() : null,
                    c.path("conditional").hasNonNull("hide") ? c.path("conditional").get("hide").asText() : null,
                    properties.has("list"),
                    c.has("defaultValue"),
                    type.equals("dynamiclist") ? fields(c.path("components")) : List.of(),
                    intOrNull(properties.get("maxItems")),
                    properties.hasNonNull("minPeriod") ? properties.get("minPeriod").asText() : null,
                    properties.hasNonNull("maxPeriod") ? properties.get("maxPeriod").asText() : null,
                    properties.hasNonNull(WHEN_MISSING) ? properties.get(WHEN_MISSING).asText() : null,
                    intOrNull(c.get("decimalDigits"))));
        }
        return List.copyOf(fields);
    }

    private static Integer intOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static Double doubleOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }
}
