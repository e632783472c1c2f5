package org.scrutineer.report;

/** A draft waits for the chair, who returns it for changes or approves it; approval is final. */
public enum ReportStatus {
    DRAFT, RETURNED, APPROVED
}
