package org.scrutineer.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.scrutineer.workflow.form.TaskForm;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves form values between the engine and plain Java. Lists and objects travel as JSON variables, which is
 * what Tasklist's Camunda Forms read and submit; everything else stays a primitive variable.
 */
@Component
class FormValues {

    private final ObjectMapper json;

    FormValues(ObjectMapper json) {
        this.json = json;
    }

    /** The values a task's form shows, read through the task's scopes, as plain maps, lists and primitives. */
    Map<String, Object> read(VariableScope scope, TaskForm form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : form.valueKeys()) {
            values.put(key, plain(scope.getVariable(key)));
        }
        return values;
    }

    Object plain(Object engineValue) {
        if (engineValue instanceof SpinJsonNode node) {
            return parse(node.toString());
        }
        return engineValue;
    }

    /** A value as a completion carries it (plain, or typed as the engine's REST API and our API send it), as plain Java. */
    Object sent(Object value) {
        if (value instanceof SerializableValue json && !json.isDeserialized() && json.getValueSerialized() != null) {
            return parse(json.getValueSerialized());
        }
        return plain(value instanceof TypedValue typed ? typed.getValue() : value);
    }

    Object engine(Object plainValue) {
        if (plainValue instanceof Map<?, ?> || plainValue instanceof List<?>) {
            return jsonValue(plainValue);
        }
        return plainValue;
    }

    TypedValue jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON", e);
        }
    }

    boolean parses(String text) {
        try {
            json.readTree(text == null ? "null" : text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private Object parse(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a JSON variable holds invalid JSON", e);
        }
    }

    /** Ids from a list, or from text such as "F1, F2" as a text field gives them. */
    static List<String> ids(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (value instanceof String s) {
            return java.util.Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
        return List.of();
    }

    /** A text field's value, stripped; {@literal null} when absent or blank. */
    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
