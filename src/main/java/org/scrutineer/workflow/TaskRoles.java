package org.scrutineer.workflow;

import org.scrutineer.plan.Action;
import org.scrutineer.plan.PlanService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.scrutineer.workflow.ProcessKeys.*;

/**
 * Who takes each task's decision, whoever the task is assigned to: coordinators review, draft and reassign; the
 * owner the plan names for an action accepts it and reports on it; a scrutiny chair who owns no action in the
 * plan signs off its report. The group ids are the engine's (security.Groups names the same ones).
 */
@Component
class TaskRoles {

    static final String COORDINATORS = "coordinators";
    static final String SCRUTINY_CHAIRS = "scrutiny-chairs";
    static final String ADMINS = "camunda-admin";
    /** Not a group: the one user the plan names as the action's owner. */
    static final String ACTION_OWNER = "action-owner";

    private static final Map<String, String> ROLES = Map.of(
            REVIEW_FINDINGS, COORDINATORS, DRAFT_ACTION_PLAN, COORDINATORS, REASSIGN_ACTION, COORDINATORS,
            ACCEPT_ACTION, ACTION_OWNER, SUBMIT_PROGRESS_UPDATE, ACTION_OWNER, REVISE_PROGRESS_UPDATE, ACTION_OWNER,
            SCRUTINY_SIGN_OFF, SCRUTINY_CHAIRS, DECIDE_MISSING_UPDATES, COORDINATORS, DECIDE_EXTENSION, COORDINATORS);

    private final PlanService plans;

    TaskRoles(PlanService plans) {
        this.plans = plans;
    }

    static String roleOf(String taskKey) {
        String role = ROLES.get(taskKey);
        if (role == null) {
            throw new IllegalStateException("no role decides the task '" + taskKey + "'");
        }
        return role;
    }

    /** Why this user may not take the task's decision; {@literal null} when they may. */
    String whyNot(String userId, List<String> groups, TaskSubject subject) {
        return switch (subject.role()) {
            case ACTION_OWNER -> userId.equals(plans.ownerOf(subject.letterId(), subject.actionId())) ? null
                    : "only the owner of action " + subject.actionId() + " decides it.";
            case SCRUTINY_CHAIRS -> !groups.contains(SCRUTINY_CHAIRS) ? "only a scrutiny chair signs off a report."
                    : ownsAnAction(userId, subject.letterId())
                    ? "a chair who owns an action in the plan may not sign off its report." : null;
            default -> !groups.contains(subject.role()) ? "only " + subject.role() + " decide it."
                    // a coordinator who also owns actions never grants their own request for more time
                    : DECIDE_EXTENSION.equals(subject.taskKey())
                    && userId.equals(plans.ownerOf(subject.letterId(), subject.actionId()))
                    ? "you asked to move this due date yourself: another coordinator decides it." : null;
        };
    }

    /** Whether a task may be left to its candidate group with no assignee; an action's tasks are the owner's alone. */
    static boolean groupTask(TaskSubject subject) {
        return !ACTION_OWNER.equals(subject.role());
    }

    private boolean ownsAnAction(String userId, String letterId) {
        return plans.get(letterId).getActions().stream().map(Action::getOwner).anyMatch(o -> Objects.equals(o, userId));
    }
}
