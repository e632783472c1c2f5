package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task: the signed-in user the engine was told about, else the task's assignee. */
final class Completer {

    private Completer() {
    }

    static String of(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }
}
