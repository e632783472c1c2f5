package org.scrutineer.plan;

/** Where an action stands: proposed to its owner, declined (awaiting a new owner), accepted and open, or completed. */
public enum ActionStatus {
    PROPOSED("Waiting for the owner to accept"),
    DECLINED("Declined: to be reassigned"),
    ACCEPTED("Accepted and open"),
    COMPLETED("Completed");

    private final String words;

    ActionStatus(String words) {
        this.words = words;
    }

    /** As the pages and the plan's spreadsheet say it. */
    public String words() {
        return words;
    }
}
