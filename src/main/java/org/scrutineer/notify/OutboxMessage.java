package org.scrutineer.notify;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The one message a person gets on a day, gathering what fell due for them. Its id is the person's and the day's,
 * so nobody gets two in a day. Kept here whether or not it is sent by email, and shown at /outbox.
 *
 * @param status {@code KEPT} (no mail server configured), {@code SENDING} (claimed by a node), {@code SENT} or
 *               {@code FAILED} (tried again on the next round)
 */
@Document("outbox")
public record OutboxMessage(@Id String id, String recipient, String email, LocalDate day, String subject, String body,
                            List<String> noticeIds, String status, Instant createdAt, Instant sentAt) {

    static String idOf(String recipient, LocalDate day) {
        return recipient + ":" + day;
    }
}
