package org.scrutineer.plan;

import org.scrutineer.audit.Cause;
import org.scrutineer.letter.LetterService;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.DateRange;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Forbidden;
import org.scrutineer.security.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/** Reading a letter's plan, and asking for a reporting cycle now. */
@RestController
@RequestMapping("/api/letters/{letterId}/plan")
class PlanController {

    private final PlanService plans;
    private final LetterService letters;
    private final ProgressService progress;
    private final CycleSchedule schedule;

    PlanController(PlanService plans, LetterService letters, ProgressService progress, CycleSchedule schedule) {
        this.schedule = schedule;
        this.plans = plans;
        this.letters = letters;
        this.progress = progress;
    }

    /** Coordinators and chairs read every plan; an action owner only the plans they own an action in. */
    @GetMapping
    PlanView plan(@PathVariable String letterId, Authentication caller) {
        letters.get(letterId);
        boolean readsAll = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(g -> g.equals(Groups.COORDINATORS) || g.equals(Groups.SCRUTINY_CHAIRS) || g.equals(Groups.CAMUNDA_ADMIN));
        if (!readsAll && plans.get(letterId).getActions().stream().noneMatch(a -> caller.getName().equals(a.getOwner()))) {
            throw new Forbidden("You own no action in the plan of letter '" + letterId + "', so you cannot read it.");
        }
        Map<String, List<ProgressUpdate>> updates = progress.updatesOf(letterId).stream()
                .collect(Collectors.groupingBy(ProgressUpdate::actionId));
        return PlanView.of(plans.get(letterId), updates);
    }

    /** A coordinator moves an action's current due date; its original one stays as the plan was drafted. */
    @PutMapping("/actions/{actionId}/due-date")
    Action moveDueDate(@PathVariable String letterId, @PathVariable String actionId, @RequestBody DueDateChange change,
                       Principal user) {
        List<FieldError> missing = new java.util.ArrayList<>();
        if (change == null || change.dueDate() == null) {
            missing.add(new FieldError("dueDate", "is required (YYYY-MM-DD)"));
        }
        if (change != null && change.dueDate() != null && !DateRange.accepts(change.dueDate())) {
            missing.add(new FieldError("dueDate", DateRange.RULE));
        }
        if (change == null || change.version() == null) {
            missing.add(new FieldError("version", "is required: the plan's version you read (GET the plan)"));
        }
        if (!missing.isEmpty()) {
            throw new BadRequest("Say which date the action is now due, and which version of the plan you changed.",
                    missing);
        }
        plans.moveDueDate(letterId, actionId, change.dueDate(), change.version(), change.reason(),
                Cause.request(user.getName()));
        return plans.action(letterId, actionId);
    }

    /**
     * @param version the plan's version the coordinator read: a change made meanwhile by someone else wins
     * @param reason  why, for the next report's "Due dates moved, and why"; optional
     */
    record DueDateChange(LocalDate dueDate, Long version, String reason) {
    }

    /** @param meetingDates the committee's meetings the plan reports to, each a cycle of its own */
    record Meetings(List<LocalDate> meetingDates) {
    }

    /** The plan's cycles with their dates: those opened, then those its calendar plans. Readable as the plan is. */
    @GetMapping("/cycles")
    List<ScheduledCycle> cycles(@PathVariable String letterId, Authentication caller) {
        plan(letterId, caller);
        return schedule.of(letterId);
    }

    /**
     * A coordinator sets the meeting dates the plan reports to; a meeting a cycle has opened for stays (409). The
     * answer is the schedule with the new dates.
     */
    @PutMapping("/meetings")
    List<ScheduledCycle> scheduleMeetings(@PathVariable String letterId, @RequestBody Meetings meetings, Principal user) {
        if (meetings == null || meetings.meetingDates() == null) {
            throw new BadRequest("The committee's meeting dates are not all dates the calendar can hold.", List.of(
                    new FieldError("meetingDates", "is required: a list of dates (YYYY-MM-DD), empty for none")));
        }
        letters.get(letterId);
        schedule.schedule(letterId, meetings.meetingDates(), user.getName());
        return schedule.of(letterId);
    }

    /** @param meetingDate the committee meeting this cycle's report goes to, printed on its cover; optional */
    record CycleStart(LocalDate meetingDate) {
    }

    /** Started; for a meeting too close to report to on the council's timetable, or past, with a warning saying so. */
    @PostMapping("/cycles")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> startCycle(@PathVariable String letterId, @RequestBody(required = false) CycleStart start,
                                   Principal user) {
        LocalDate meeting = start == null ? null : start.meetingDate();
        String warning = schedule.warningFor(meeting);
        plans.requestCycle(letterId, meeting, user.getName());
        return warning != null ? Map.of("letterId", letterId, "status", "cycle started", "warning", warning)
                : Map.of("letterId", letterId, "status", "cycle started");
    }
}
