package org.scrutineer.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/** A task's Camunda Form: the schema Tasklist renders and the fields the server checks submissions against. */
public record TaskForm(String id, JsonNode schema, List<FormField> fields) {

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Keys whose values the form shows: its fields plus the option lists they draw on. */
    public List<String> valueKeys() {
        return fields.stream()
                .flatMap(f -> f.valuesKey() == null ? java.util.stream.Stream.of(f.key())
                        : java.util.stream.Stream.of(f.key(), f.valuesKey()))
                .toList();
    }
}
