package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.scrutineer.audit.AuditTrail;
import org.scrutineer.audit.Cause;

/**
 * The audit trail's causes of what tasks and steps change. Their keys are what a retry repeats: a task's id,
 * or for an automatic step its process instance's id (each such step runs once per instance and subject).
 */
final class Causes {

    private Causes() {
    }

    /** Whoever completed the task; a completion made by code with no user at all counts as the system's. */
    static Cause of(DelegateTask task) {
        String completer = Completer.of(task);
        return new Cause(task.getId(), completer != null ? completer : AuditTrail.SYSTEM);
    }

    /**
     * An automatic step runs in the request of the person whose action led to it (the coordinator whose request
     * opens a cycle), who is then its actor; a timer or job the engine runs on its own (putting the plan live after
     * the last acceptance, rendering, signing and closing a cycle) is the system's.
     */
    static Cause of(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String actor = current != null && current.getUserId() != null ? current.getUserId() : AuditTrail.SYSTEM;
        return new Cause(execution.getProcessInstanceId(), actor);
    }
}
