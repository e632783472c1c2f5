package org.scrutineer.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One move of an action's due date, kept on the action so the committee can see how often and why it slipped.
 *
 * @param reason      the owner's reason for an extension a coordinator approved; {@literal null} for a coordinator's
 *                    own move
 * @param requestedBy the owner who asked, or the coordinator who moved it
 * @param decidedBy   the coordinator who approved or made it
 */
public record DueDateMove(LocalDate from, LocalDate to, String reason, String requestedBy, String decidedBy, Instant at) {
}
