package org.scrutineer.workflow;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What a task is about and who decides it, recorded when the engine created the task, from the variables the
 * server had set on its execution. Listeners and the door checks read a task's subject from here, never from
 * the task's variables, which a client may have written.
 *
 * @param id       the task's id
 * @param role     who decides it: {@link TaskRoles#COORDINATORS}, {@link TaskRoles#SCRUTINY_CHAIRS}, or
 *                 {@link TaskRoles#ACTION_OWNER} (the owner the plan names for {@code actionId} at the time)
 * @param actionId on an action's tasks; {@code cycleId} on a cycle's, {@code reportId} on the sign-off
 */
@Document("taskSubjects")
record TaskSubject(@Id String id, String taskKey, String role, String processInstanceId, String letterId,
                   String actionId, String cycleId, String reportId, Instant boundAt) {
}
