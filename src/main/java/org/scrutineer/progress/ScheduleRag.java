package org.scrutineer.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The RAG rating a schedule gives an action, from its % complete and the share of its time (from the plan's start to
 * its current due date) that has passed, so a committee can see when an owner's own rating is kinder than the
 * schedule's. The rule, as the README states it (Reading's thresholds, applied to progress against time):
 * <ul>
 * <li>completed, or 100%: GREEN;</li>
 * <li>past its due date: RED under 50% complete, otherwise AMBER;</li>
 * <li>in the first tenth of its time nothing is expected yet: GREEN;</li>
 * <li>otherwise % complete as a share of the share of time passed: up to 25% RED, up to 75% AMBER, above GREEN.</li>
 * </ul>
 */
public final class ScheduleRag {

    private ScheduleRag() {
    }

    /**
     * @param percentComplete {@literal null} reads as nothing done
     * @return {@literal null} when the action has no start or due date to measure against
     */
    public static Rag of(Integer percentComplete, boolean completed, LocalDate start, LocalDate due, LocalDate today) {
        int done = percentComplete == null ? 0 : Math.max(0, Math.min(100, percentComplete));
        if (completed || done == 100) {
            return Rag.GREEN;
        }
        if (start == null || due == null || today == null) {
            return null;
        }
        if (today.isAfter(due)) {
            return done < 50 ? Rag.RED : Rag.AMBER;
        }
        double elapsed = elapsedShare(start, due, today);
        if (elapsed < 0.10) {
            return Rag.GREEN;
        }
        double againstSchedule = done / (100 * elapsed);
        return againstSchedule <= 0.25 ? Rag.RED : againstSchedule <= 0.75 ? Rag.AMBER : Rag.GREEN;
    }

    /**
     * The rule above for this action today, as the update form tells its owner before they rate it: what % complete
     * each rating takes, so a rating kinder than the schedule's (which asks for a reason) is no surprise.
     */
    public static String bands(LocalDate start, LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return "Past its due date, the schedule gives AMBER from 50% complete, RED below, and GREEN once completed.";
        }
        double elapsed = elapsedShare(start, due, today);
        if (elapsed < 0.10) {
            return "So early in its time, the schedule gives GREEN whatever the % complete.";
        }
        // GREEN above 75% of the time's share, AMBER above 25%: the least whole % complete that is above each
        long green = (long) Math.floor(75 * elapsed) + 1;
        long amber = (long) Math.floor(25 * elapsed) + 1;
        return "The schedule gives GREEN from " + green + "% complete, AMBER from " + amber + "%, RED below.";
    }

    /** The share of the time from start to due that has passed by today, from 0 to 1. */
    public static double elapsedShare(LocalDate start, LocalDate due, LocalDate today) {
        long whole = ChronoUnit.DAYS.between(start, due);
        if (whole <= 0) {
            return today.isBefore(start) ? 0 : 1;
        }
        return Math.max(0, Math.min(1, ChronoUnit.DAYS.between(start, today) / (double) whole));
    }

    /** Whether the owner's rating is a band or more better than the schedule's, which asks the owner for a reason. */
    public static boolean kinderThanSchedule(Rag owners, Rag schedules) {
        return owners != null && schedules != null && owners.ordinal() > schedules.ordinal();
    }
}
