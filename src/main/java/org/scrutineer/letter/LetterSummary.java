package org.scrutineer.letter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter as the list of letters shows it: what it is, whose, when, and how far its review has come; not its text
 * or findings, which {@code GET /api/letters/{id}} gives, so that a page of letters stays small whatever they hold.
 *
 * @param findings how many findings the letter has
 */
public record LetterSummary(String id, String title, String inspectorate, String authority, String committee,
                            LocalDate letterDate, LocalDate inspectionStart, LocalDate inspectionEnd,
                            String registeredBy, Instant registeredAt, boolean findingsConfirmed, int findings) {
}
