package org.scrutineer.plan;

/** Where an action stands: proposed to its owner, declined (awaiting a new owner), accepted and open, or completed. */
public enum ActionStatus {
    PROPOSED, DECLINED, ACCEPTED, COMPLETED
}
