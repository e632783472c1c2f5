package org.scrutineer.notify;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing a person is told: a task given to them, a reminder, someone late. Its id is what caused it (the task,
 * the day, the person told), so a retried step or a second look on the same day finds it and tells nobody twice.
 * It carries a task's title and link, never a progress narrative or a letter's text.
 *
 * @param messageId the day's message it went out in; {@literal null} until then
 * @param taskId    the task it is about, while it waits to be told; {@literal null} for none
 * @param letterId  the letter it is about, named beside it: an owner's actions of two letters share numbers
 */
@Document("notices")
public record Notice(@Id String id, String recipient, LocalDate day, String text, String link, Instant createdAt,
                     String messageId, String taskId, String letterId) {

    Notice inMessage(String message) {
        return new Notice(id, recipient, day, text, link, createdAt, message, taskId, letterId);
    }
}
