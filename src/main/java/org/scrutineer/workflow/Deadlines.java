package org.scrutineer.workflow;

import org.scrutineer.calendar.CalendarSettings;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.calendar.CycleDates;
import org.scrutineer.plan.CycleSchedule;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Optional;

/**
 * When each task is due and each timer fires, for the models in bpmn/ ({@code ${deadlines.…}}): a cycle's from
 * its dates (counted back from its meeting), other tasks' by working days from their creation. A day's deadline
 * passes at the end of its working day; a cycle opens at the start of its day.
 * Public, with public methods, because the engine's expression language calls them by reflection.
 */
@Component("deadlines")
public class Deadlines {

    private final CycleCalendar calendar;
    private final PlanService plans;
    private final ProgressService progress;
    private final CycleSchedule schedule;

    Deadlines(CycleCalendar calendar, PlanService plans, ProgressService progress, CycleSchedule schedule) {
        this.calendar = calendar;
        this.plans = plans;
        this.progress = progress;
        this.schedule = schedule;
    }

    public Date reviewFindings() {
        return inWorkingDays(tasks().reviewFindings());
    }

    public Date draftActionPlan() {
        return inWorkingDays(tasks().draftActionPlan());
    }

    public Date acceptAction() {
        return inWorkingDays(tasks().acceptAction());
    }

    public Date reassignAction() {
        return inWorkingDays(tasks().reassignAction());
    }

    public Date decideExtension() {
        return inWorkingDays(tasks().decideExtension());
    }

    /** The owners' deadline: their update tasks are due then, and a coordinator decides on any missing after it. */
    public Date updatesDue(String cycleId) {
        return endOf(dates(cycleId).updatesDue());
    }

    /** By then a coordinator decides on missing updates; without a decision the draft goes without them. */
    public Date decideBy(String cycleId) {
        return endOf(dates(cycleId).decideBy());
    }

    LocalDate decideByDay(String cycleId) {
        return dates(cycleId).decideBy();
    }

    /** "18 March 2027": the day as a person reads it. */
    public String decideByInWords(String cycleId) {
        return CycleCalendar.inWords(decideByDay(cycleId));
    }

    public Date signOffDue(String cycleId) {
        return endOf(dates(cycleId).signOffDue());
    }

    /** A returned update: by the day before the sign-off deadline, or in a few working days when that is nearer. */
    public Date reviseDue(String cycleId) {
        LocalDate soonest = calendar.workingDaysFromToday(tasks().reviseProgressUpdate());
        LocalDate decideBy = dates(cycleId).decideBy();
        return endOf(decideBy.isBefore(soonest) ? soonest : decideBy);
    }

    /** The end of a day a coordinator chose (an ISO date, as the form sends it). */
    public Date endOf(String isoDate) {
        return endOf(LocalDate.parse(isoDate));
    }

    /**
     * When the plan's next cycle opens by itself: on the opening day of the next meeting no cycle has reported to
     * (at once if that day has come), else, with no such meeting, after the plan's reporting interval.
     */
    public Date nextCycleOpens(String letterId) {
        Optional<LocalDate> meeting = nextMeeting(letterId);
        if (meeting.isPresent()) {
            LocalDate opens = calendar.forMeeting(meeting.get()).opens();
            return opens.isAfter(calendar.today()) ? Date.from(calendar.startOf(opens)) : Date.from(calendar.now());
        }
        Period interval = Period.parse(plans.reportingInterval(letterId));
        return Date.from(calendar.now().atZone(calendar.settings().zone()).plus(interval).toInstant());
    }

    public Optional<LocalDate> nextMeeting(String letterId) {
        return schedule.nextMeeting(letterId);
    }

    private CycleDates dates(String cycleId) {
        CycleDates dates = progress.cycle(cycleId).dates();
        // a cycle opened before cycles kept their dates: counted forward from today
        return dates != null ? dates : calendar.forCycle(null, calendar.today());
    }

    private Date inWorkingDays(int days) {
        return endOf(calendar.workingDaysFromToday(days));
    }

    private Date endOf(LocalDate day) {
        return Date.from(calendar.endOf(day));
    }

    private CalendarSettings.Tasks tasks() {
        return calendar.settings().tasks();
    }
}
