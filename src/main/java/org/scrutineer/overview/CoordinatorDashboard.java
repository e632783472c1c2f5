package org.scrutineer.overview;

import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.calendar.CycleDates;
import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterSummary;
import org.scrutineer.pages.UkDates;
import org.scrutineer.plan.Plan;
import org.scrutineer.plan.PlanService;
import org.scrutineer.plan.PlanStatus;
import org.scrutineer.plan.PlannedMeeting;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.scrutineer.workflow.OpenWork;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What needs a coordinator's attention across every letter: a page of letters with their plans counted, the
 * overdue actions of every plan, the cycles collecting updates with who has and has not reported, and the next
 * committee meeting. Each kind of document is read once for the whole page (a page of letters, their plans and
 * updates, the open cycles, the plans with overdue actions), never once per letter.
 */
@Component
class CoordinatorDashboard {

    static final int LETTERS_PER_PAGE = 20;
    static final int OVERDUE_SHOWN = 20;
    static final int CYCLES_SHOWN = 10;

    private final LetterService letters;
    private final PlanService plans;
    private final ProgressService progress;
    private final LetterTitles titles;
    private final CycleCalendar calendar;
    private final OpenWork work;

    CoordinatorDashboard(LetterService letters, PlanService plans, ProgressService progress, LetterTitles titles,
                         CycleCalendar calendar, OpenWork work) {
        this.work = work;
        this.letters = letters;
        this.plans = plans;
        this.progress = progress;
        this.titles = titles;
        this.calendar = calendar;
    }

    /**
     * @param page       the page of letters, newest first, from 0
     * @param overdue    the overdue actions of every plan, soonest due first, at most {@value #OVERDUE_SHOWN}
     * @param openCycles the cycles collecting updates, by meeting date, at most {@value #CYCLES_SHOWN}
     * @param nextMeeting the committee meeting that comes next from today, of a cycle or of a plan's calendar;
     *                    {@literal null} if none is ahead
     */
    record Dashboard(List<LetterRow> letters, int page, int pages, long total, StandingChart chart,
                     List<ActionLine> overdue, int overdueTotal, List<CycleProgress> openCycles, int openCyclesTotal,
                     NextMeeting nextMeeting) {
    }

    /** @param figures {@literal null} until the plan is drafted; {@code openCycle} while a cycle collects updates */
    private static final String LIVE = "Live";

    record LetterRow(LetterSummary letter, String title, String stage, PlanFigures figures, CycleProgress openCycle) {
    }

    Dashboard of(int page, LocalDate today, Names names) {
        Paged<LetterSummary> shown = letters.list(Paging.of(page, LETTERS_PER_PAGE));
        List<Cycle> open = progress.openCycles().stream()
                .sorted(Comparator.comparing(Cycle::meetingDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Cycle::openedAt))
                .toList();
        List<Cycle> openShown = open.stream().limit(CYCLES_SHOWN).toList();
        List<Plan> overduePlans = plans.plansWithActionsDueBefore(today);

        Set<String> pageIds = shown.entries().stream().map(LetterSummary::id).collect(Collectors.toSet());
        // a cycle's meeting is still ahead after its report is approved and the cycle closed; a plan's meeting
        // sooner than any cycle's has no cycle yet; one too close to report to gets none, and is not what comes next
        Optional<Cycle> cycleMeeting = progress.nextMeetingFrom(today);
        Optional<PlannedMeeting> unopened = plans.firstMeetingFrom(today, meeting -> calendar.reachable(meeting, today))
                .filter(m -> cycleMeeting.map(c -> m.date().isBefore(c.meetingDate())).orElse(true));
        Optional<String> nextMeetingLetter = unopened.map(PlannedMeeting::letterId)
                .or(() -> cycleMeeting.map(Cycle::letterId));
        List<Cycle> described = open.stream().filter(c -> openShown.contains(c) || pageIds.contains(c.letterId()))
                .toList();
        Map<String, Plan> planOf = plans.plansOf(union(pageIds, described.stream().map(Cycle::letterId).toList()))
                .stream().collect(Collectors.toMap(Plan::getLetterId, Function.identity()));
        overduePlans.forEach(p -> planOf.putIfAbsent(p.getLetterId(), p));
        Map<String, Map<String, ProgressUpdate>> newest = progress.newestByAction(
                union(pageIds, overduePlans.stream().map(Plan::getLetterId).toList()));
        Map<String, Map<String, ProgressUpdate>> inCycle = progress.latestIn(described.stream().map(Cycle::id).toList());
        Map<String, String> titles = titles(shown.entries(), union(planOf.keySet(),
                nextMeetingLetter.stream().toList()));

        Map<String, CycleProgress> cycles = new HashMap<>();
        Map<String, OpenWork.SignOff> withChair = described.isEmpty() ? Map.of() : work.signOffs().stream()
                .collect(Collectors.toMap(OpenWork.SignOff::letterId, Function.identity(), (a, b) -> a));
        described.forEach(cycle -> cycles.put(cycle.letterId(), CycleProgress.of(cycle, titles.get(cycle.letterId()),
                planOf.get(cycle.letterId()), inCycle.getOrDefault(cycle.id(), Map.of()),
                withChair.get(cycle.letterId()), names)));
        Map<String, List<Cycle>> cyclesOfPage = progress.cyclesOf(pageIds);
        List<LetterRow> rows = shown.entries().stream().map(letter -> {
            Plan plan = planOf.get(letter.id());
            PlanFigures figures = plan == null ? null : PlanFigures.of(ActionLine.of(plan, titles.get(letter.id()),
                    newest.getOrDefault(letter.id(), Map.of()), today, names));
            String stage = stage(letter, plan, figures, cycles.get(letter.id()));
            if (stage.equals(LIVE)) {
                stage += nextCycle(plan, cyclesOfPage.getOrDefault(letter.id(), List.of()), today);
            }
            return new LetterRow(letter, titles.get(letter.id()), stage, figures, cycles.get(letter.id()));
        }).toList();

        List<ActionLine> overdue = overduePlans.stream()
                .flatMap(plan -> ActionLine.of(plan, titles.get(plan.getLetterId()),
                        newest.getOrDefault(plan.getLetterId(), Map.of()), today, names).stream())
                .filter(ActionLine::overdue)
                .sorted(Comparator.comparing(ActionLine::dueDate).thenComparing(ActionLine::letterTitle)
                        .thenComparing(ActionLine.BY_NUMBER))
                .toList();
        List<StandingChart.Plan> charted = rows.stream().filter(r -> r.figures() != null && r.figures().actions() > 0)
                .map(r -> new StandingChart.Plan(r.title(), r.figures())).toList();
        return new Dashboard(rows, page, Paging.pages(shown.total(), LETTERS_PER_PAGE), shown.total(), charted.isEmpty() ? null : StandingChart.of(charted),
                overdue.stream().limit(OVERDUE_SHOWN).toList(), overdue.size(),
                openShown.stream().map(c -> cycles.get(c.letterId())).toList(), open.size(),
                unopened.map(m -> unopened(m, titles.get(m.letterId()), today))
                        .or(() -> cycleMeeting.map(c -> ofCycle(c, titles.get(c.letterId())))).orElse(null));
    }

    private NextMeeting unopened(PlannedMeeting meeting, String title, LocalDate today) {
        CycleDates dates = calendar.forMeeting(meeting.date());
        String standing = dates.opens().isBefore(today) ? "No cycle has opened for it yet"
                : "Its cycle opens on " + UkDates.day(dates.opens());
        return new NextMeeting(meeting.date(), meeting.letterId(), title, null, standing);
    }

    private static NextMeeting ofCycle(Cycle cycle, String title) {
        return new NextMeeting(cycle.meetingDate(), cycle.letterId(), title, cycle.number(),
                cycle.status() == Cycle.CycleStatus.CLOSED ? "Its report is approved" : null);
    }

    /** The titles of the page's letters and of the others named, each letter read as a summary once. */
    private Map<String, String> titles(List<LetterSummary> page, Set<String> others) {
        Set<String> missing = new HashSet<>(others);
        page.forEach(l -> missing.remove(l.id()));
        Map<String, String> titles = this.titles.of(missing);
        page.forEach(l -> titles.put(l.id(), LetterTitles.of(l)));
        return titles;
    }

    private static String stage(LetterSummary letter, Plan plan, PlanFigures figures, CycleProgress cycle) {
        if (plan == null) {
            return letter.findingsConfirmed() ? "Action plan being drafted" : "Findings to review";
        }
        if (plan.getStatus() == PlanStatus.AWAITING_ACCEPTANCE) {
            return "Waiting for owners: " + figures.accepted() + " of " + figures.actions() + " accepted"
                    + (figures.declined() > 0 ? ", " + figures.declined() + " declined" : "");
        }
        if (plan.getStatus() == PlanStatus.CLOSED) {
            return "Closed: every action completed";
        }
        if (cycle == null) {
            return LIVE;
        }
        return "Live: cycle " + cycle.number() + (cycle.reportId() != null ? ", its report with the chair"
                : " collecting updates");
    }

    /**
     * When a live plan between cycles reports next: its calendar's first meeting from today with no cycle yet that
     * is not too close to report to, and the day that meeting's cycle opens ("" when the plan reports by its
     * interval alone, with no meeting set).
     */
    private String nextCycle(Plan plan, List<Cycle> cycles, LocalDate today) {
        Set<LocalDate> reported = cycles.stream().map(Cycle::meetingDate).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return plan.getMeetingDates().stream()
                .filter(d -> !d.isBefore(today) && !reported.contains(d) && calendar.reachable(d, today)).findFirst()
                .map(meeting -> {
                    LocalDate opens = calendar.forMeeting(meeting).opens();
                    return opens.isAfter(today)
                            ? ": next cycle opens " + UkDates.day(opens) + ", for the meeting of " + UkDates.day(meeting)
                            : ": the meeting of " + UkDates.day(meeting) + " has no cycle yet";
                }).orElse("");
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
