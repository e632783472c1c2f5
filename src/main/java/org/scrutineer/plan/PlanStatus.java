package org.scrutineer.plan;

/** A plan waits for its owners to accept every action, then is live until every action is completed. */
public enum PlanStatus {
    AWAITING_ACCEPTANCE, LIVE, CLOSED
}
