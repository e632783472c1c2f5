package org.scrutineer.plan;

import org.scrutineer.audit.Cause;

import java.time.LocalDate;

/**
 * A coordinator moved an action's due date (not an owner's extension, whose decision tells the owner itself).
 *
 * @param reason the coordinator's, or {@literal null}
 */
public record DueDateMoved(String letterId, String actionId, String title, String owner, LocalDate from, LocalDate to,
                           String reason, Cause cause) {
}
