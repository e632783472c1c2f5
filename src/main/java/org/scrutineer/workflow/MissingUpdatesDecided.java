package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.scrutineer.workflow.Variables.MISSING_DECISION;
import static org.scrutineer.workflow.Variables.WAIT_UNTIL;

/**
 * Checks a coordinator's decision to wait for missing updates: until a day after today and no later than the day
 * the draft goes without them anyway (400 otherwise). Going without them needs no check.
 */
@Component("missingUpdatesDecided")
class MissingUpdatesDecided implements TaskListener {

    private final TaskSubjects subjects;
    private final Deadlines deadlines;
    private final CycleCalendar calendar;

    MissingUpdatesDecided(TaskSubjects subjects, Deadlines deadlines, CycleCalendar calendar) {
        this.subjects = subjects;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!"WAIT".equals(task.getVariable(MISSING_DECISION))) {
            return;
        }
        String cycleId = subjects.of(task).cycleId();
        LocalDate latest = deadlines.decideByDay(cycleId);
        LocalDate until;
        try {
            until = LocalDate.parse(String.valueOf(task.getVariable(WAIT_UNTIL)));
        } catch (DateTimeParseException e) {
            throw refused("is required when waiting (YYYY-MM-DD)");
        }
        if (!until.isAfter(calendar.today()) || until.isAfter(latest)) {
            throw refused("must be after today and no later than " + deadlines.decideByInWords(cycleId)
                    + ", when the report goes without them anyway");
        }
    }

    private static BadRequest refused(String message) {
        return new BadRequest("Say until when to wait for the missing updates.",
                List.of(new FieldError(WAIT_UNTIL, message)));
    }
}
