package org.scrutineer.plan;

import java.time.LocalDate;

/** A committee meeting a letter's plan reports to, as its coordinator scheduled it. */
public record PlannedMeeting(String letterId, LocalDate date) {
}
