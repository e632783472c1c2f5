package org.scrutineer.audit;

/** The verbs of the audit trail: stable, as clients filter on them. */
public final class AuditActions {

    public static final String LETTER_REGISTERED = "letter.registered";
    public static final String LETTER_WITHDRAWN = "letter.withdrawn";
    public static final String LETTER_RETITLED = "letter.retitled";
    public static final String LETTER_REDATED = "letter.redated";
    public static final String FINDINGS_EXTRACTED = "findings.extracted";
    public static final String FINDINGS_REVISED = "findings.revised";
    public static final String FINDINGS_CONFIRMED = "findings.confirmed";
    public static final String PLAN_DRAFTED = "plan.drafted";
    public static final String ACTION_ACCEPTED = "action.accepted";
    public static final String ACTION_DECLINED = "action.declined";
    public static final String ACTION_REASSIGNED = "action.reassigned";
    public static final String PLAN_LIVE = "plan.live";
    public static final String ACTION_DUE_DATE_MOVED = "action.dueDateMoved";
    public static final String ACTION_EXTENSION_REQUESTED = "action.extensionRequested";
    public static final String ACTION_EXTENSION_REFUSED = "action.extensionRefused";
    public static final String ACTION_EXTENSION_WITHDRAWN = "action.extensionWithdrawn";
    public static final String PLAN_MEETINGS_SCHEDULED = "plan.meetingsScheduled";
    public static final String PROGRESS_MISSED = "progress.missed";
    public static final String CYCLE_OPENED = "cycle.opened";
    public static final String PROGRESS_REPORTED = "progress.reported";
    public static final String PROGRESS_REVISED = "progress.revised";
    public static final String REPORT_GENERATED = "report.generated";
    public static final String REPORT_RETURNED = "report.returned";
    public static final String REPORT_APPROVED = "report.approved";
    public static final String REPORT_SIGNED = "report.signed";
    public static final String ACTION_COMPLETED = "action.completed";
    public static final String CYCLE_CLOSED = "cycle.closed";
    public static final String PLAN_CLOSED = "plan.closed";

    private AuditActions() {
    }
}
