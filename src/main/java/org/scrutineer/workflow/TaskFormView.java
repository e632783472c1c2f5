package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** A task's form as a client renders it: the form-js schema and the values it opens with. */
record TaskFormView(String taskId, String key, JsonNode schema, Map<String, Object> values) {
}
