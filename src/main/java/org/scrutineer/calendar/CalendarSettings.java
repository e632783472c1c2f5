package org.scrutineer.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How a reporting cycle's dates are counted back from its committee meeting, in working days
 * ({@code scrutineer.calendar.*}). The defaults: papers published five clear working days before the meeting
 * (Local Government Act 1972, s.100B); the chair signs off two working days before that; owners report five
 * working days before the sign-off; the cycle opens ten working days before the owners' deadline.
 *
 * @param publicationClearDays   clear working days between publication and the meeting (neither day counts)
 * @param signOffBeforePublication working days from the chair's sign-off deadline to publication
 * @param updatesBeforeSignOff   working days from the owners' deadline to the sign-off deadline
 * @param opensBeforeUpdates     working days from the cycle's opening to the owners' deadline
 * @param decideBeforeSignOff    working days before the sign-off deadline by which a coordinator decides on missing
 *                               updates; without a decision, the draft is made without them then
 * @param remindBefore           working days before a task's due date its owner is reminded (and again on the day)
 * @param dayStarts              when a day's openings and reminders happen
 * @param dayEnds                when a day's deadlines pass
 * @param zone                   whose clock the days are counted on
 * @param tasks                  working days from their creation to the due date of tasks no meeting dates
 */
@ConfigurationProperties("scrutineer.calendar")
public record CalendarSettings(
        @DefaultValue("5") int publicationClearDays,
        @DefaultValue("2") int signOffBeforePublication,
        @DefaultValue("5") int updatesBeforeSignOff,
        @DefaultValue("10") int opensBeforeUpdates,
        @DefaultValue("1") int decideBeforeSignOff,
        @DefaultValue("2") int remindBefore,
        @DefaultValue("08:00") LocalTime dayStarts,
        @DefaultValue("17:00") LocalTime dayEnds,
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue Tasks tasks) {

    /** Working days each task not timed by a meeting has, from its creation. */
    public record Tasks(@DefaultValue("5") int reviewFindings, @DefaultValue("10") int draftActionPlan,
                        @DefaultValue("5") int acceptAction, @DefaultValue("3") int reassignAction,
                        @DefaultValue("2") int reviseProgressUpdate, @DefaultValue("3") int decideExtension) {
    }

    /** The defaults, for code and tests that need no Spring context. */
    public static CalendarSettings defaults() {
        return new CalendarSettings(5, 2, 5, 10, 1, 2, LocalTime.of(8, 0), LocalTime.of(17, 0),
                ZoneId.of("Europe/London"), new Tasks(5, 10, 5, 3, 2, 3));
    }
}
