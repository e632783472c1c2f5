package org.scrutineer.plan;

import org.scrutineer.audit.Cause;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.DateRange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plan's reporting cycles with their dates: those opened, then one planned for each meeting of the calendar, today
 * or later, that no cycle has opened for. What the API and the pages show.
 */
@Service
public class CycleSchedule {

    /** Four years of monthly meetings: more is a mistake, not a calendar. */
    public static final int MAX_MEETINGS = 48;

    private final PlanService plans;
    private final ProgressService progress;
    private final CycleCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inOneTransaction;

    CycleSchedule(PlanService plans, ProgressService progress, CycleCalendar calendar, ApplicationEventPublisher events,
                  PlatformTransactionManager engineTransactions) {
        this.inOneTransaction = new TransactionTemplate(engineTransactions);
        this.plans = plans;
        this.progress = progress;
        this.calendar = calendar;
        this.events = events;
    }

    public List<ScheduledCycle> of(String letterId) {
        List<ScheduledCycle> schedule = new ArrayList<>();
        List<Cycle> opened = progress.cyclesOf(letterId);
        for (Cycle cycle : opened) {
            List<ScheduledCycle.Missed> missed = progress.missedIn(cycle.id()).stream()
                    .map(m -> new ScheduledCycle.Missed(m.actionId(), m.owner(), m.reason())).toList();
            schedule.add(ScheduledCycle.of(cycle.number(), cycle.status().name(), cycle.meetingDate(), cycle.dates(), missed));
        }
        unopenedAhead(letterId, opened).forEach(d -> schedule.add(ScheduledCycle.of(null,
                reachable(d) ? ScheduledCycle.PLANNED : ScheduledCycle.TOO_CLOSE, d, calendar.forMeeting(d), List.of())));
        return schedule;
    }

    /**
     * The earliest of the plan's meetings, today or later, that no cycle has opened for and a cycle opening today
     * could still report to: one too close is passed over, rather than given a paper that goes out after it.
     */
    public Optional<LocalDate> nextMeeting(String letterId) {
        return unopenedAhead(letterId, progress.cyclesOf(letterId)).stream().filter(this::reachable).findFirst();
    }

    /**
     * What a coordinator who starts a cycle by hand for a meeting it cannot report to on time is told, on the page
     * and by the API; {@literal null} for a meeting it can, and for a date the cycle's start refuses anyway.
     */
    public String warningFor(LocalDate meeting) {
        if (meeting == null || !DateRange.accepts(meeting) || reachable(meeting)) {
            return null;
        }
        return meeting.isBefore(calendar.today())
                ? "That meeting date has passed: the cycle's dates count forward from today."
                : "That meeting is too close for the council's timetable: the cycle's dates count forward from today,"
                + " so its paper goes out after the meeting.";
    }

    /** Whether a cycle opening today can still report to this meeting on its timetable. */
    public boolean reachable(LocalDate meeting) {
        return calendar.reachable(meeting, calendar.today());
    }

    /**
     * A coordinator sets the meeting dates the plan reports to, and a plan waiting for its next cycle waits for the
     * new dates. Refused with 400 naming {@code meetingDates[i]} for a date out of range or {@code meetingDates} past
     * {@value #MAX_MEETINGS}; with 409 when it would drop a meeting a cycle has opened for, which stays.
     */
    public List<LocalDate> schedule(String letterId, List<LocalDate> dates, String coordinator) {
        List<FieldError> errors = new ArrayList<>();
        if (dates.size() > MAX_MEETINGS) {
            errors.add(new FieldError("meetingDates", "must have at most " + MAX_MEETINGS + " entries"));
        } else {
            for (int i = 0; i < dates.size(); i++) {
                if (dates.get(i) == null || !DateRange.accepts(dates.get(i))) {
                    errors.add(new FieldError("meetingDates[" + i + "]", DateRange.RULE));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequest("The committee's meeting dates are not all dates the calendar can hold.", errors);
        }
        // the dates, their audit entry and the waiting plan told of them, or none of it: a plan whose cycle opened
        // meanwhile refuses the message, and the dates stored before it must not stay behind a refusal
        return inOneTransaction.execute(status -> {
            List<LocalDate> scheduled = plans.scheduleMeetings(letterId, dates,
                    openedMeetings(progress.cyclesOf(letterId)), Cause.request(coordinator));
            events.publishEvent(new MeetingsScheduled(letterId, coordinator));
            return scheduled;
        });
    }

    /** The plan's meetings, today or later, that none of these cycles opened for, in date order. */
    private List<LocalDate> unopenedAhead(String letterId, List<Cycle> opened) {
        Set<LocalDate> covered = openedMeetings(opened);
        LocalDate today = calendar.today();
        return plans.meetingDates(letterId).stream().filter(d -> !d.isBefore(today) && !covered.contains(d)).toList();
    }

    private static Set<LocalDate> openedMeetings(List<Cycle> cycles) {
        return cycles.stream().map(Cycle::meetingDate).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
