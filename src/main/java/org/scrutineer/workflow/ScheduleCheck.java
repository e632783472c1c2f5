package org.scrutineer.workflow;

import org.scrutineer.plan.Action;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.Rag;
import org.scrutineer.progress.ScheduleRag;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.scrutineer.workflow.Variables.*;

/**
 * The RAG check on an owner's update: the schedule's rating ({@link ScheduleRag}) from the % complete they report and
 * the time passed since the plan was drafted, and the reason the update form asks for when their own rating is a
 * band or more kinder. Part of the form check every completion passes, through every door.
 */
@Component
class ScheduleCheck {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final PlanService plans;
    private final Clock clock;

    ScheduleCheck(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** @return {@literal null} when the action has no due date to measure against */
    Rag scheduleRag(String letterId, String actionId, Object percentComplete, Object completed) {
        Action action = plans.action(letterId, actionId);
        return ScheduleRag.of(percentComplete instanceof Number n ? n.intValue() : null, Boolean.TRUE.equals(completed),
                start(letterId), action.getDueDate(), today());
    }

    /** The reason is required when the owner's rating is kinder than the schedule's; else nothing is wrong. */
    List<FieldError> check(TaskSubject subject, Map<String, Object> values) {
        if (!(values.get(RAG) instanceof String rag) || !List.of("RED", "AMBER", "GREEN").contains(rag)) {
            return List.of(); // the form's own check names a missing or unknown rating
        }
        Rag schedule = scheduleRag(subject.letterId(), subject.actionId(), values.get(PERCENT_COMPLETE), values.get(COMPLETED));
        boolean reasoned = values.get(RAG_REASON) instanceof String reason && !reason.isBlank();
        if (!ScheduleRag.kinderThanSchedule(Rag.valueOf(rag), schedule) || reasoned) {
            return List.of();
        }
        return List.of(new FieldError(RAG_REASON, "Say why you rate it " + rag + ": by the schedule, "
                + (values.get(PERCENT_COMPLETE) == null ? 0 : values.get(PERCENT_COMPLETE)) + "% complete with "
                + elapsedPercent(subject.letterId(), subject.actionId()) + "% of its time passed is " + schedule));
    }

    /** What the update form shows beside the rating: how much of the action's time has passed. */
    String timeNote(String letterId, String actionId) {
        Action action = plans.action(letterId, actionId);
        LocalDate start = start(letterId);
        if (start == null || action.getDueDate() == null) {
            return "No due date to measure against.";
        }
        String bands = " " + ScheduleRag.bands(start, action.getDueDate(), today())
                + " A rating better than the schedule's asks you for a reason.";
        if (action.getDueDate().isBefore(start)) {
            return "The due date, " + DAY.format(action.getDueDate()) + ", had passed before the plan started on "
                    + DAY.format(start) + ": all of its time has passed." + bands;
        }
        return elapsedPercent(letterId, actionId) + "% of the time from " + DAY.format(start) + " (the plan’s start) to "
                + DAY.format(action.getDueDate()) + " (due) has passed." + bands;
    }

    private long elapsedPercent(String letterId, String actionId) {
        LocalDate start = start(letterId);
        LocalDate due = plans.action(letterId, actionId).getDueDate();
        return start == null || due == null ? 0 : Math.round(100 * ScheduleRag.elapsedShare(start, due, today()));
    }

    private LocalDate start(String letterId) {
        Instant drafted = plans.draftedAt(letterId);
        return drafted == null ? null : drafted.atZone(LONDON).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
