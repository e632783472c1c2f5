package org.scrutineer.workflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * A task's form as a client renders it: the form-js schema and the values it opens with.
 *
 * @param task what the task is about and when it is due, for the page's caption; the API lists it at /api/tasks
 */
record TaskFormView(String taskId, String key, JsonNode schema, Map<String, Object> values,
                    @JsonIgnore TaskSummary task) {
}
