package org.scrutineer.plan;

/**
 * A coordinator asks for a reporting cycle now rather than at the next interval. The workflow answers it in
 * the requesting thread; it refuses (409) when the plan is not live or a cycle is already running.
 *
 * @param meetingDate the committee meeting the cycle reports to, when already known; may be {@literal null}
 */
public record CycleRequested(String letterId, String requestedBy, java.time.LocalDate meetingDate) {
}
