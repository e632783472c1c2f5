package org.scrutineer.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.progress.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plan as its readers see it: every action with every update submitted on it, oldest first, and the RAG and %
 * complete its newest update reported. Those are read from the updates, not kept on the plan, so that owners
 * reporting at once never write the same document.
 */
record PlanView(String id, Long version, String letterId, String committee, String reportingInterval, PlanStatus status,
                String draftedBy, Instant draftedAt, Instant closedAt, List<LocalDate> meetingDates, List<ActionView> actions) {

    /**
     * @param latestRag             as the action's newest update reported it, in any cycle; {@literal null} before any
     * @param latestPercentComplete likewise
     */
    record ActionView(@JsonUnwrapped Action action, Rag latestRag, Integer latestPercentComplete,
                      List<ProgressUpdate> updates) {

        static ActionView of(Action action, List<ProgressUpdate> updates) {
            ProgressUpdate newest = updates.isEmpty() ? null : updates.get(updates.size() - 1);
            return new ActionView(action, newest == null ? null : newest.rag(),
                    newest == null ? null : newest.percentComplete(), updates);
        }
    }

    static PlanView of(Plan plan, Map<String, List<ProgressUpdate>> updatesByAction) {
        return new PlanView(plan.getId(), plan.getVersion(), plan.getLetterId(), plan.getCommittee(), plan.getReportingInterval(),
                plan.getStatus(), plan.getDraftedBy(), plan.getDraftedAt(), plan.getClosedAt(),
                plan.getMeetingDates(),
                plan.getActions().stream()
                        .map(a -> ActionView.of(a, updatesByAction.getOrDefault(a.getId(), List.of())))
                        .toList());
    }
}
