package org.scrutineer.plan;

import org.scrutineer.audit.Cause;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.springframework.stereotype.Service;

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

    private final PlanService plans;
    private final ProgressService progress;
    private final CycleCalendar calendar;

    CycleSchedule(PlanService plans, ProgressService progress, CycleCalendar calendar) {
        this.plans = plans;
        this.progress = progress;
        this.calendar = calendar;
    }

    public List<ScheduledCycle> of(String letterId) {
        List<ScheduledCycle> schedule = new ArrayList<>();
        List<Cycle> opened = progress.cyclesOf(letterId);
        for (Cycle cycle : opened) {
            List<ScheduledCycle.Missed> missed = progress.missedIn(cycle.id()).stream()
                    .map(m -> new ScheduledCycle.Missed(m.actionId(), m.owner(), m.reason())).toList();
            schedule.add(ScheduledCycle.of(cycle.number(), cycle.status().name(), cycle.meetingDate(), cycle.dates(), missed));
        }
        unopenedAhead(letterId, opened)
                .forEach(d -> schedule.add(ScheduledCycle.of(null, "PLANNED", d, calendar.forMeeting(d), List.of())));
        return schedule;
    }

    /** The earliest of the plan's meetings, today or later, that no cycle has opened for. */
    public Optional<LocalDate> nextMeeting(String letterId) {
        return unopenedAhead(letterId, progress.cyclesOf(letterId)).stream().findFirst();
    }

    /** Sets the plan's meeting dates, keeping those a cycle has opened for. */
    public List<LocalDate> schedule(String letterId, List<LocalDate> dates, Cause cause) {
        return plans.scheduleMeetings(letterId, dates, openedMeetings(progress.cyclesOf(letterId)), cause);
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
