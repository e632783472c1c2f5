package org.scrutineer.report;

import org.scrutineer.finding.Finding;
import org.scrutineer.letter.Letter;
import org.scrutineer.letter.LetterService;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.ExtensionRequest;
import org.scrutineer.plan.ActionStatus;
import org.scrutineer.plan.Plan;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.progress.Rag;
import org.scrutineer.progress.ScheduleRag;
import org.scrutineer.report.ReportView.ActionView;
import org.scrutineer.report.ReportView.FindingQuote;
import org.scrutineer.report.ReportView.FindingView;
import org.springframework.stereotype.Component;

import org.scrutineer.people.People;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers what a cycle's report prints from the letter, the plan, the cycle's updates and earlier versions. */
@Component
class ReportViews {

    private final LetterService letters;
    private final PlanService plans;
    private final ProgressService progress;
    private final People people;

    ReportViews(LetterService letters, PlanService plans, ProgressService progress, People people) {
        this.letters = letters;
        this.plans = plans;
        this.progress = progress;
        this.people = people;
    }

    /**
     * @param returned     the cycle's returned versions, oldest first; their comments print beside the actions
     *                     each returned
     * @param lastApproved the plan's last approved version from an earlier cycle, to list what changed since
     * @param approval     {@literal null} for a draft
     */
    ReportView view(Cycle cycle, int version, LocalDate reportDate, List<Report> returned,
                    Optional<Report> lastApproved, ReportView.Approval approval) {
        Letter letter = letters.get(cycle.letterId());
        Plan plan = plans.get(cycle.letterId());
        Map<String, Finding> findings = letter.getFindings().stream()
                .collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
        Map<String, ProgressUpdate> latest = progress.latestIn(cycle.id());
        Map<String, ProgressUpdate> earlier = progress.newestByAction(cycle.letterId());
        Map<String, String> owners = new HashMap<>();
        List<ActionView> actions = plan.getActions().stream()
                .map(a -> actionView(a, owners.computeIfAbsent(a.getOwner(), id -> people.person(id).nameAndTitle()),
                        findings, latest.get(a.getId()), earlier.get(a.getId()), chairCommentsFor(a, returned),
                        plan.getDraftedAt()))
                .toList();
        List<ActionState> now = actions.stream().map(a -> ActionState.of(a, reportDate)).toList();
        return new ReportView(letter.getTitle(), letter.getInspectorate(), letter.getInspectionDates(),
                letter.getAuthority(), plan.getCommittee(), cycle.meetingDate(), reportDate, cycle.number(), version, approval, actions, changesSince(lastApproved, now),
                findingViews(letter.getFindings(), plan.getActions()),
                progressTo(cycle, reportDate),
                movedSince(plan.getActions(), lastApproved.map(Report::createdAt).orElse(null)),
                asked(plan), letter.getLetterDate(), letter.getSummaryJudgement(),
                cycle.dates() == null ? null : cycle.dates().publication(),
                plan.getDraftedBy() == null ? null : people.person(plan.getDraftedBy()).nameAndTitle());
    }

    /**
     * The day the paper reports progress to: the owners' deadline, or the day the draft was made when every update
     * came in before it: a paper drafted on 2 December does not speak for progress to 22 December.
     */
    private static LocalDate progressTo(Cycle cycle, LocalDate reportDate) {
        if (cycle.dates() == null) {
            return null;
        }
        LocalDate deadline = cycle.dates().updatesDue();
        return reportDate != null && reportDate.isBefore(deadline) ? reportDate : deadline;
    }

    /**
     * @param owner    the owner as the paper names them
     * @param standing the action's newest update in any cycle, whose RAG and % carry forward when none came in this one
     */
    private static ActionView actionView(Action action, String owner, Map<String, Finding> findings,
                                         ProgressUpdate update, ProgressUpdate standing, String chairComments,
                                         Instant drafted) {
        ProgressUpdate rated = update != null ? update : standing;
        List<Finding> answered = action.getFindingIds().stream().map(findings::get).filter(Objects::nonNull).toList();
        Finding first = answered.isEmpty() ? null : answered.get(0);
        boolean completed = action.getStatus() == ActionStatus.COMPLETED || (update != null && update.completed());
        // a report is drafted once updates are collected: an open action without one this cycle went without it
        boolean missed = update == null && action.getStatus() == ActionStatus.ACCEPTED;
        return new ActionView(action.getId(),
                first == null ? null : first.timescale(),
                first == null ? null : first.theme(),
                answered.stream().map(f -> new FindingQuote(f.id(), f.text())).toList(),
                action.getTitle(), action.getDescription(), owner,
                action.getOriginalDueDate(), action.getDueDate(),
                action.getSuccessMeasure(),
                update != null ? update.rag() : standing == null ? null : standing.rag(),
                update != null ? update.percentComplete() : standing == null ? null : standing.percentComplete(),
                completed,
                update != null ? update.progress() : missed ? CalendarLines.missedProgress(standing) : null,
                update != null ? update.impact() : missed ? CalendarLines.missedImpact(standing) : null,
                chairComments,
                rated == null ? null : scheduleRag(rated, action, drafted),
                rated == null ? null : rated.ragReason());
    }

    /**
     * What the schedule gave the update, against the action's current due date: one moved since the owner reported
     * (an extension granted) made the paper print "the schedule gives RED" for an action its summary called on
     * time. Worked out as on the day they reported, from what they reported then.
     */
    private static Rag scheduleRag(ProgressUpdate rated, Action action, Instant drafted) {
        boolean movedSince = rated.submittedAt() != null && action.getDueDateMoves().stream()
                .anyMatch(m -> m.at() != null && m.at().isAfter(rated.submittedAt()));
        if (!movedSince || drafted == null) {
            return rated.scheduleRag();
        }
        return ScheduleRag.of(rated.percentComplete(), rated.completed(), drafted.atZone(ReportWording.LONDON).toLocalDate(),
                action.getDueDate(), rated.submittedAt().atZone(ReportWording.LONDON).toLocalDate());
    }

    /** Every returned version's comments on the action; each is labelled with its version when there are several. */
    private static String chairCommentsFor(Action action, List<Report> returned) {
        List<Report> naming = returned.stream()
                .filter(r -> r.returnedActionIds() != null && r.returnedActionIds().contains(action.getId()))
                .filter(r -> r.comments() != null && !r.comments().isBlank())
                .toList();
        if (naming.isEmpty()) {
            return null;
        }
        List<String> said = naming.stream().filter(r -> ChairComments.about(r.comments(), action.getId()) != null)
                .map(r -> (naming.size() == 1 ? "" : "On version " + r.version() + ": ")
                        + ChairComments.about(r.comments(), action.getId()))
                .toList();
        return said.isEmpty() ? null : String.join("\n\n", said);
    }

    /** The owners' requests to move a due date that no coordinator has decided yet, in the plan's order. */
    private List<ReportView.MovedDueDate> asked(Plan plan) {
        Map<String, List<ExtensionRequest>> open = plans.extensionsAwaitingDecision(plan.getLetterId()).stream()
                .collect(Collectors.groupingBy(ExtensionRequest::actionId));
        return plan.getActions().stream().flatMap(a -> open.getOrDefault(a.getId(), List.of()).stream()
                        .map(r -> new ReportView.MovedDueDate(a.getId(), a.getTitle(), a.getDueDate(), r.requestedDueDate(), r.reason())))
                .toList();
    }

    /** Every due date moved after {@code since} (all of them when {@literal null}), action by action. */
    private static List<ReportView.MovedDueDate> movedSince(List<Action> actions, java.time.Instant since) {
        return actions.stream().flatMap(a -> a.getDueDateMoves().stream()
                        .filter(m -> since == null || (m.at() != null && m.at().isAfter(since)))
                        .map(m -> new ReportView.MovedDueDate(a.getId(), a.getTitle(), m.from(), m.to(), m.reason())))
                .toList();
    }

    private static Changes changesSince(Optional<Report> lastApproved, List<ActionState> now) {
        if (lastApproved.isEmpty()) {
            return Changes.firstReport();
        }
        Report before = lastApproved.get();
        LocalDate dated = before.reportDate() != null ? before.reportDate()
                : before.createdAt().atZone(ReportWording.LONDON).toLocalDate();
        if (before.actionStates() == null) {
            return Changes.notRecorded(before.cycleNumber(), dated);
        }
        return Changes.between(before.cycleNumber(), dated, before.actionStates(), now);
    }

    private static List<FindingView> findingViews(List<Finding> findings, List<Action> actions) {
        return findings.stream().map(f -> new FindingView(f.id(), sectionWords(f), f.section() != null
                && f.section().callsForAction(), f.text(), f.timescale(), f.theme(),
                actions.stream().filter(a -> a.getFindingIds().contains(f.id())).map(Action::getId).toList()))
                .toList();
    }

    /** "area_for_development" reads "Area for development": works for any section the reader comes to know. */
    static String sectionWords(Finding finding) {
        if (finding.section() == null) {
            return "";
        }
        String words = finding.section().json().replace('_', ' ').strip();
        return words.isEmpty() ? "" : words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }
}
