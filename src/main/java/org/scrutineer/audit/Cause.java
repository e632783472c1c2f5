package org.scrutineer.audit;

import java.util.UUID;

/**
 * What made a change, for the audit trail: who, and the key of the task, process or request it came from.
 * A retried task or step brings the same key, so its entry is written once.
 *
 * @param key   a task's id, a process instance's id, or a fresh id for one API request
 * @param actor a user id, or {@value AuditTrail#SYSTEM}
 */
public record Cause(String key, String actor) {

    /**
     * One API request. Its key is new each time, so a service records such a change only when something
     * actually changed; repeating the request then records nothing.
     */
    public static Cause request(String user) {
        return new Cause(UUID.randomUUID().toString(), user);
    }
}
