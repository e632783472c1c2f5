package org.scrutineer.report;

import org.scrutineer.finding.Finding;
import org.scrutineer.letter.Letter;
import org.scrutineer.letter.LetterService;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.ActionStatus;
import org.scrutineer.plan.Plan;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers what a cycle's report prints from the letter, the plan and the cycle's updates. */
@Component
class ReportViews {

    private final LetterService letters;
    private final PlanService plans;
    private final ProgressService progress;

    ReportViews(LetterService letters, PlanService plans, ProgressService progress) {
        this.letters = letters;
        this.plans = plans;
        this.progress = progress;
    }

    /**
     * @param returned the cycle's latest returned version, whose comments are printed beside the actions it returned
     * @param approval {@literal null} for a draft
     */
    ReportView view(Cycle cycle, int version, LocalDate reportDate, Optional<Report> returned,
                    ReportView.Approval approval) {
        Letter letter = letters.get(cycle.letterId());
        Plan plan = plans.get(cycle.letterId());
        Map<String, Finding> findings = letter.getFindings().stream()
                .collect(Collectors.toMap(Finding::id, Function.identity()));
        Map<String, ProgressUpdate> latest = progress.latestIn(cycle.id());
        List<ReportView.ActionView> actions = plan.getActions().stream()
                .map(a -> actionView(a, findings, latest.get(a.getId()), chairCommentsFor(a, returned)))
                .toList();
        return new ReportView(letter.getTitle(), letter.getInspectorate(), letter.getAuthority(), plan.getCommittee(),
                reportDate, cycle.number(), version, approval, actions);
    }

    private static ReportView.ActionView actionView(Action action, Map<String, Finding> findings,
                                                    ProgressUpdate update, String chairComments) {
        List<Finding> answered = action.getFindingIds().stream().map(findings::get).filter(f -> f != null).toList();
        Finding first = answered.isEmpty() ? null : answered.get(0);
        boolean completed = action.getStatus() == ActionStatus.COMPLETED || (update != null && update.completed());
        return new ReportView.ActionView(action.getId(),
                first == null ? null : first.timescale(),
                first == null ? null : first.theme(),
                answered.stream().map(Finding::text).toList(),
                action.getTitle(), action.getDescription(), action.getOwner(), action.getDueDate(),
                action.getSuccessMeasure(),
                update != null ? update.rag() : action.getLatestRag(),
                update != null ? update.percentComplete() : action.getLatestPercentComplete(),
                completed,
                update == null ? null : update.progress(),
                update == null ? null : update.impact(),
                chairComments);
    }

    private static String chairCommentsFor(Action action, Optional<Report> returned) {
        return returned.filter(r -> r.returnedActionIds().contains(action.getId())).map(Report::comments).orElse(null);
    }
}
