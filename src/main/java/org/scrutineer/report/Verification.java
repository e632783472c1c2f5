package org.scrutineer.report;

/** Whether a report's stored PDF still has the hash recorded when it was rendered. */
public record Verification(String reportId, String recordedSha256, String storedSha256, boolean matches) {
}
