package org.scrutineer.workflow;

/** The process, message and user-task ids of bpmn/: the public contract that clients and tests rely on. */
public final class ProcessKeys {

    public static final String LETTER = "letter";
    public static final String REPORTING_CYCLE = "reportingCycle";
    /** An owner's request to move their action's due date, decided by a coordinator. */
    public static final String DUE_DATE_EXTENSION = "dueDateExtension";
    /** The action of a request for more time was reported completed: nobody need decide the request. */
    public static final String EXTENSION_WITHDRAWN_MESSAGE = "extensionWithdrawn";
    public static final String CYCLE_REQUESTED_MESSAGE = "reportingCycleRequested";
    /** A coordinator changed the plan's meeting dates: a plan waiting for its next cycle waits again, anew. */
    public static final String MEETINGS_CHANGED_MESSAGE = "meetingsChanged";

    public static final String REVIEW_FINDINGS = "reviewFindings";
    public static final String DRAFT_ACTION_PLAN = "draftActionPlan";
    public static final String ACCEPT_ACTION = "acceptAction";
    public static final String REASSIGN_ACTION = "reassignAction";
    public static final String SUBMIT_PROGRESS_UPDATE = "submitProgressUpdate";
    public static final String SCRUTINY_SIGN_OFF = "scrutinySignOff";
    public static final String REVISE_PROGRESS_UPDATE = "reviseProgressUpdate";
    /** A coordinator's decision on updates still missing at the owners' deadline: wait, or go without them. */
    public static final String DECIDE_MISSING_UPDATES = "decideMissingUpdates";
    public static final String DECIDE_EXTENSION = "decideExtension";

    /** Activities tests wait at or check: the cycle timer, the rendering jobs and the closing of a plan. */
    public static final String CYCLE_DUE_TIMER = "cycleDue";
    public static final String GENERATE_REPORT = "generateReport";
    public static final String SIGN_REPORT = "signReport";
    public static final String AWAIT_CYCLE = "awaitCycle";
    public static final String PLAN_CLOSED = "planClosed";
    /** The cycle's calendar: collecting updates, the owners' deadline, waiting, and going without missing updates. */
    public static final String COLLECT_UPDATES = "collectUpdates";
    public static final String OWNERS_DEADLINE_TIMER = "ownersDeadlinePassed";
    public static final String WAIT_TIMER = "waitForUpdates";
    public static final String GO_WITHOUT_TIMER = "decisionDeadlinePassed";
    public static final String CLOSE_MISSING_UPDATES = "closeMissingUpdates";
    public static final String GO_WITHOUT_ERROR = "goWithoutUpdates";

    private ProcessKeys() {
    }
}
