package org.scrutineer.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.scrutineer.progress.ProgressUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The plan as its readers see it: every action with every update submitted on it, oldest first. */
record PlanView(String id, Long version, String letterId, String committee, String reportingInterval, PlanStatus status,
                String draftedBy, Instant draftedAt, Instant closedAt, List<ActionView> actions) {

    record ActionView(@JsonUnwrapped Action action, List<ProgressUpdate> updates) {
    }

    static PlanView of(Plan plan, Map<String, List<ProgressUpdate>> updatesByAction) {
        return new PlanView(plan.getId(), plan.getVersion(), plan.getLetterId(), plan.getCommittee(), plan.getReportingInterval(),
                plan.getStatus(), plan.getDraftedBy(), plan.getDraftedAt(), plan.getClosedAt(),
                plan.getActions().stream()
                        .map(a -> new ActionView(a, updatesByAction.getOrDefault(a.getId(), List.of())))
                        .toList());
    }
}
