package org.scrutineer.workflow;

import java.util.Date;

/** An open task as its worker's list shows it. {@code actionId} only on an action's tasks. */
public record TaskSummary(String id, String key, String name, String letterId, String actionId, String assignee,
                   Date created, Date due) {
}
