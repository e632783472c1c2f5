package org.scrutineer.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An owner's request, made with a progress update, to move their action's due date. Its id is the id of the task
 * that asked, so a retried completion asks once. A coordinator approves or refuses it.
 *
 * @param status  {@code REQUESTED}, {@code APPROVED}, {@code REFUSED}, or {@code WITHDRAWN} when the action was
 *                reported completed before anyone decided
 * @param refusal why a coordinator refused it, as the owner is told
 */
@Document("extensionRequests")
public record ExtensionRequest(@Id String id, String letterId, String actionId, String requestedBy,
                               LocalDate currentDueDate, LocalDate requestedDueDate, String reason, String status,
                               String decidedBy, String refusal, Instant decidedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";
    public static final String WITHDRAWN = "WITHDRAWN";

    ExtensionRequest decided(String status, String by, String refusal, Instant at) {
        return new ExtensionRequest(id, letterId, actionId, requestedBy, currentDueDate, requestedDueDate, reason, status,
                by, refusal, at);
    }
}
