package org.scrutineer.overview;

import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditTrail;
import org.scrutineer.letter.Letter;
import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterTitle;
import org.scrutineer.pages.PageController;
import org.scrutineer.pages.SignedIn;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.plan.CycleSchedule;
import org.scrutineer.plan.Plan;
import org.scrutineer.plan.PlanService;
import org.scrutineer.plan.PlanStatus;
import org.scrutineer.plan.ScheduledCycle;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.report.ReportService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Paging;
import org.scrutineer.workflow.OpenWork;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /letters/{id}}, for coordinators and chairs: the letter's details; its findings by section, each with where
 * it sits in the letter; the plan's actions, filtered and sorted by plain query parameters; its reporting cycles,
 * and for a coordinator the form that starts one; its report versions; and for a coordinator the audit trail in
 * plain words, newest first.
 */
@PageController
class LetterPage {

    static final int TRAIL_PER_PAGE = 50;

    private final LetterService letters;
    private final PlanService plans;
    private final ProgressService progress;
    private final ReportService reports;
    private final AuditTrail audit;
    private final People people;
    private final Clock clock;
    private final CycleSchedule calendar;
    private final OpenWork work;

    LetterPage(LetterService letters, PlanService plans, ProgressService progress, ReportService reports,
               AuditTrail audit, People people, Clock clock, CycleSchedule calendar, OpenWork work) {
        this.calendar = calendar;
        this.work = work;
        this.letters = letters;
        this.plans = plans;
        this.progress = progress;
        this.reports = reports;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /**
     * @param trail the page of the audit trail, from 0 for the newest entries
     */
    @GetMapping("/letters/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String owner,
                @RequestParam(required = false) String rag, @RequestParam(required = false) String status,
                @RequestParam(required = false) String overdue, @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "0") int trail, @ModelAttribute("me") SignedIn me, Model model) {
        ActionFilter filter = new ActionFilter(owner, rag, status, "true".equals(overdue), sort);
        return page(id, filter, Math.max(0, trail), me, model);
    }

    /**
     * Starts a reporting cycle now, as {@code POST /api/letters/{id}/plan/cycles} does, with the meeting date typed
     * the UK way. A refusal shows the letter's page again with the message beside the field and the date kept.
     */
    @PostMapping("/letters/{id}/cycles")
    String startCycle(@PathVariable String id, @RequestParam(defaultValue = "") String meetingDate,
                      @ModelAttribute("me") SignedIn me, HttpServletResponse response, Model model,
                      RedirectAttributes redirect) {
        LocalDate date = meetingDate.isBlank() ? null : UkDates.parse(meetingDate);
        String error;
        HttpStatus refusal = HttpStatus.BAD_REQUEST;
        if (!meetingDate.isBlank() && date == null) {
            error = "Enter the meeting date as a real date, like 31/03/2027";
        } else {
            try {
                String warning = calendar.warningFor(date);
                plans.requestCycle(id, date, me.id());
                redirect.addFlashAttribute("notice", "A reporting cycle has started"
                        + (date == null ? "." : ", for the committee meeting on " + UkDates.day(date) + ".")
                        + (warning == null ? "" : " " + warning));
                return "redirect:/letters/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8); // its banner says what was done
            } catch (BadRequest e) {
                error = "The meeting date must be " + UkDates.ALLOWED;
            } catch (Conflict e) {
                refusal = HttpStatus.CONFLICT;
                error = "A reporting cycle cannot start now: the plan is not live yet, is closed, or already has a"
                        + " cycle collecting updates";
            }
        }
        response.setStatus(refusal.value());
        model.addAttribute("meetingDate", meetingDate);
        model.addAttribute("cycleError", error);
        return page(id, new ActionFilter(null, null, null, false, null), 0, me, model);
    }

    /**
     * A refused form leaves its address in the browser's bar (the page is shown again there, with what was typed):
     * opening it again, or reloading it later, goes to the letter's page rather than a 405 problem in JSON.
     */
    @GetMapping({"/letters/{id}/cycles", "/letters/{id}/meetings"})
    String backToTheLetter(@PathVariable String id) {
        return "redirect:/letters/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /**
     * Sets the committee meetings the plan reports to, as {@code PUT /api/letters/{id}/plan/meetings} does, typed the
     * UK way, one a line. A refusal shows the letter's page again with the message beside the field and the text kept.
     */
    @PostMapping("/letters/{id}/meetings")
    String scheduleMeetings(@PathVariable String id, @RequestParam(defaultValue = "") String meetingDates,
                            @ModelAttribute("me") SignedIn me, HttpServletResponse response, Model model,
                            RedirectAttributes redirect) {
        List<LocalDate> dates = new ArrayList<>();
        String error = null;
        HttpStatus refusal = HttpStatus.BAD_REQUEST;
        for (String typed : meetingDates.split("[\\r\\n,;]+")) {
            if (typed.isBlank()) {
                continue;
            }
            LocalDate date = UkDates.parse(typed);
            if (date == null) {
                error = "“" + Excerpts.start(typed.strip(), 30) + "” is not a date: write each meeting like 31/03/2027,"
                        + " one a line";
                break;
            }
            dates.add(date);
            if (dates.size() > CycleSchedule.MAX_MEETINGS) {
                error = "Give at most " + CycleSchedule.MAX_MEETINGS + " meetings";
                break;
            }
        }
        if (error == null) {
            try {
                List<LocalDate> scheduled = calendar.schedule(id, dates, me.id());
                String listed = scheduled.stream().map(UkDates::day).collect(Collectors.joining(", "));
                List<String> tooClose = calendar.of(id).stream()
                        .filter(c -> ScheduledCycle.TOO_CLOSE.equals(c.status()))
                        .map(c -> UkDates.day(c.meetingDate())).toList();
                redirect.addFlashAttribute("notice", (scheduled.isEmpty()
                        ? "The plan reports to no committee meeting: a cycle opens after each reporting interval."
                        : "The plan reports to " + (scheduled.size() == 1 ? "one committee meeting: "
                        : scheduled.size() + " committee meetings: ") + listed + ".")
                        + (tooClose.isEmpty() ? "" : " " + String.join(" and ", tooClose) + (tooClose.size() == 1
                        ? " is" : " are") + " too close for a report on the council's timetable: no cycle opens for "
                        + (tooClose.size() == 1 ? "it" : "them") + " by itself."));
                return "redirect:/letters/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8); // its banner says what was done
            } catch (BadRequest e) {
                error = "Each meeting date must be " + UkDates.ALLOWED;
            } catch (Conflict e) {
                refusal = HttpStatus.CONFLICT;
                error = plans.get(id).getStatus() == PlanStatus.CLOSED
                        ? "The plan is closed: it reports to no more meetings"
                        : "A cycle has already opened for a meeting you took out, so its date stays: put it back";
            }
        }
        response.setStatus(refusal.value());
        model.addAttribute("meetingDatesTyped", meetingDates);
        model.addAttribute("meetingsError", error);
        return page(id, new ActionFilter(null, null, null, false, null), 0, me, model);
    }

    private String page(String id, ActionFilter filter, int trailPage, SignedIn me, Model model) {
        Letter letter = letters.get(id);
        Names names = new Names(people);
        Plan plan = plans.find(id).orElse(null);
        String title = LetterTitle.of(letter);
        boolean coordinates = me.isCoordinator() || me.isAdmin();

        model.addAttribute("letter", letter);
        model.addAttribute("letterTitle", title);
        model.addAttribute("myTasks", HomePage.TaskLine.of(work.onLetter(id, me.id(), me.groups()), letterId -> title,
                work, me.id()));
        model.addAttribute("details", details(letter, names));
        model.addAttribute("findingGroups", FindingGroups.of(letter.getFindings(), letter.getText(), plan));
        model.addAttribute("plan", plan);
        model.addAttribute("interval", plan == null ? null : every(plan.getReportingInterval()));
        if (plan != null) {
            actions(plan, title, filter, names, model);
        }
        cycles(id, plan, title, names, model);
        model.addAttribute("mayStartCycle", coordinates);
        boolean keepsPlan = coordinates && plan != null && plan.getStatus() != PlanStatus.CLOSED;
        model.addAttribute("mayScheduleMeetings", keepsPlan);
        model.addAttribute("mayMoveDueDates", keepsPlan);
        if (!model.containsAttribute("meetingDatesTyped") && plan != null) {
            model.addAttribute("meetingDatesTyped", plan.getMeetingDates().stream().map(d -> d.format(UkDates.FIELD))
                    .collect(Collectors.joining("\n")));
        }
        model.addAttribute("reports", reports.ofLetter(id).stream().map(r -> ReportLine.of(r, title, names)).toList());
        if (coordinates) {
            trail(id, trailPage, names, model);
        }
        return "overview/letter";
    }

    /** The plan's actions as the filter picks and orders them, and what the filter offers. */
    private void actions(Plan plan, String title, ActionFilter filter, Names names, Model model) {
        LocalDate today = UkDates.today(clock);
        List<ActionLine> all = ActionLine.of(plan, title, progress.newestByAction(plan.getLetterId()), today, names);
        List<ActionLine> shown = filter.apply(all);
        model.addAttribute("figures", PlanFigures.of(all));
        model.addAttribute("actions", shown);
        model.addAttribute("actionsCaption", filter.caption(shown.size(), all.size()));
        model.addAttribute("owners", owners(all));
        model.addAttribute("filter", filter);
        model.addAttribute("rags", ActionFilter.RAGS);
        model.addAttribute("statuses", ActionFilter.STATUSES);
        model.addAttribute("sorts", ActionFilter.SORTS);
    }

    /** Every cycle of the plan, who has reported in the open one, and whether another may start. */
    private void cycles(String letterId, Plan plan, String title, Names names, Model model) {
        List<Cycle> cycles = progress.cyclesOf(letterId);
        Cycle open = cycles.stream().filter(c -> c.status() == Cycle.CycleStatus.OPEN).reduce((a, b) -> b).orElse(null);
        model.addAttribute("cycles", cycles.stream().map(c -> new CycleLine(c.number(),
                UkDates.day(c.openedAt()), UkDates.day(c.closedAt()), UkDates.day(c.meetingDate()))).toList());
        model.addAttribute("openCycle", open == null ? null
                : CycleProgress.of(open, title, plan, progress.latestIn(open.id()), work.signOffs().stream()
                        .filter(s -> letterId.equals(s.letterId())).findFirst().orElse(null), names));
        model.addAttribute("cycleStartable", plan != null && plan.getStatus() == PlanStatus.LIVE && open == null);
        model.addAttribute("calendar", plan == null ? List.of()
                : calendar.of(letterId).stream().map(c -> CalendarLine.of(c, names)).toList());
    }

    /** A page of the audit trail in plain words, newest first: page 0 is the latest {@value #TRAIL_PER_PAGE}. */
    private void trail(String letterId, int page, Names names, Model model) {
        long total = audit.count(letterId);
        int pages = Paging.pages(total, TRAIL_PER_PAGE);
        int shown = Math.min(page, pages - 1);
        long end = total - (long) shown * TRAIL_PER_PAGE;
        long start = Math.max(0, end - TRAIL_PER_PAGE);
        List<AuditEntry> newestFirst = new ArrayList<>(audit.of(letterId, (int) start, (int) (end - start)));
        Collections.reverse(newestFirst);
        AuditSentence sentences = new AuditSentence(names);
        model.addAttribute("trail", newestFirst.stream().map(sentences::of).toList());
        model.addAttribute("trailPage", shown);
        model.addAttribute("trailPages", pages);
        model.addAttribute("trailTotal", total);
    }

    /** A past or present cycle: when it opened and closed, and its meeting. */
    record CycleLine(int number, String opened, String closed, String meeting) {
    }

    private static Map<String, String> details(Letter letter, Names names) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Inspectorate", letter.getInspectorate());
        details.put("Council", letter.getAuthority());
        details.put("Addressed to", letter.getRecipient());
        details.put("Signed by", letter.getSignatory());
        details.put("Letter dated", UkDates.day(letter.getLetterDate()));
        details.put("Inspection", letter.getInspectionDates() != null ? letter.getInspectionDates()
                : letter.getInspectionStart() == null ? null
                : UkDates.day(letter.getInspectionStart()) + " to " + UkDates.day(letter.getInspectionEnd()));
        details.put("Judgement", letter.getSummaryJudgement());
        details.put("Committee", letter.getCommittee());
        details.put("Registered", names.of(letter.getRegisteredBy()) + " on " + UkDates.day(letter.getRegisteredAt()));
        details.put("Findings", letter.getFindings().size() + (letter.isFindingsConfirmed() ? ", confirmed" : ", not yet confirmed"));
        details.values().removeIf(v -> v == null || v.isBlank());
        return details;
    }

    /** "every month", "every 2 weeks" for a plan's ISO reporting interval; the interval itself if it is no period. */
    static String every(String isoPeriod) {
        if (isoPeriod == null) {
            return null;
        }
        try {
            Period p = Period.parse(isoPeriod);
            if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
                return every(p.getYears(), "year");
            }
            if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
                return every(p.getMonths(), "month");
            }
            if (p.getYears() == 0 && p.getMonths() == 0 && p.getDays() > 0) {
                return p.getDays() % 7 == 0 ? every(p.getDays() / 7, "week") : every(p.getDays(), "day");
            }
        } catch (DateTimeParseException notAPeriod) {
            // said as it is
        }
        return isoPeriod;
    }

    private static String every(int n, String unit) {
        return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
    }

    /** The plan's owners by name, for the filter: id to name, sorted by name. */
    private static Map<String, String> owners(List<ActionLine> lines) {
        Map<String, String> owners = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparing(ActionLine::owner, String.CASE_INSENSITIVE_ORDER))
                .forEach(a -> owners.putIfAbsent(a.ownerId(), a.owner()));
        return owners;
    }
}
