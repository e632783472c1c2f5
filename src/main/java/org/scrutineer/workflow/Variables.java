package org.scrutineer.workflow;

/**
 * Process variable names. Variables carry ids and decisions only; the documents are the record.
 * Form fields are declared task-local in bpmn/ and read by the task listeners.
 */
public final class Variables {

    public static final String LETTER_ID = "letterId";
    public static final String ACTION_ID = "actionId";
    public static final String CYCLE_ID = "cycleId";
    public static final String REPORT_ID = "reportId";
    /** The extension request a dueDateExtension process decides: the id of the task that asked for it. */
    public static final String EXTENSION_ID = "extensionId";
    /** How many reporting cycles the letter's process has begun; the cycle it begins gets it as its number. */
    public static final String CYCLES_BEGUN = "cyclesBegun";
    public static final String CYCLE_NUMBER = "cycleNumber";
    /** Decisions the gateways read. */
    public static final String CONFIRMED = "confirmed";
    public static final String ACCEPTED = "accepted";
    public static final String DECISION = "decision";
    public static final String ACTIONS_TO_REVISE = "actionsToRevise";
    /** A coordinator's decision on missing updates ({@code WAIT} or {@code GO_WITHOUT}), and until when to wait. */
    public static final String MISSING_DECISION = "missingDecision";
    public static final String WAIT_UNTIL = "waitUntil";
    /** Why a cycle went without missing updates: {@code DECIDED} by a coordinator, or {@code NO_DECISION} in time. */
    public static final String WENT_WITHOUT_BECAUSE = "wentWithoutBecause";

    /** Form fields the listeners read. */
    public static final String FINDINGS = "findings";
    public static final String ACTIONS = "actions";
    public static final String COMMITTEE = "committee";
    public static final String REPORTING_INTERVAL = "reportingInterval";
    public static final String REASON = "reason";
    public static final String OWNER = "owner";
    public static final String PROGRESS = "progress";
    public static final String IMPACT = "impact";
    public static final String RAG = "rag";
    public static final String PERCENT_COMPLETE = "percentComplete";
    public static final String COMPLETED = "completed";
    /** Why the owner's RAG is kinder than the schedule's; required only then (ScheduleCheck). */
    public static final String RAG_REASON = "ragReason";
    /** Read-only: how much of the action's time has passed, shown beside the rating. */
    public static final String TIME_PASSED = "timePassed";
    public static final String COMMENTS = "comments";
    public static final String RETURNED_ACTION_IDS = "returnedActionIds";
    /** An owner's request to move the due date, with their update (both or neither), and a coordinator's answer. */
    public static final String NEW_DUE_DATE = "newDueDate";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String REFUSAL = "refusal";
    /** Read-only form fields that say what a task is about; its name carries them too (see TaskNames). */
    public static final String LETTER_TITLE = "letterTitle";
    public static final String LETTER_DATE = "letterDate";
    public static final String ACTION_TITLE = "actionTitle";

    private Variables() {
    }
}
