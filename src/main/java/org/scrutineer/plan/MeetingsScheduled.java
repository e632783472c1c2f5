package org.scrutineer.plan;

/** A coordinator changed the committee meeting dates a plan reports to; the workflow re-reads when the next cycle opens. */
public record MeetingsScheduled(String letterId, String scheduledBy) {
}
