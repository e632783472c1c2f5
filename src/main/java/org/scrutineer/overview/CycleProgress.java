package org.scrutineer.overview;

import org.scrutineer.pages.UkDates;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.ActionStatus;
import org.scrutineer.plan.Plan;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.workflow.OpenWork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reporting cycle as it collects updates: who has reported on their actions and who has still to, and whether its
 * report is with the chair.
 *
 * @param reported the owners with an update in this cycle, each with those actions
 * @param waiting  the owners of open actions with none yet, each with those actions
 * @param reportId the report waiting for the chair's decision, {@literal null} while none is; {@code withChairSince}
 *                 the day it was given to the chair
 */
record CycleProgress(String letterId, String letterTitle, String cycleId, int number, String opened,
                     LocalDate meetingDate, List<Reporter> reported, List<Reporter> waiting, String reportId,
                     String withChairSince) {

    /** One owner and the actions of theirs this concerns, e.g. "Owen Owner (A1, A3)". */
    record Reporter(String name, List<String> actionIds) {
        @Override
        public String toString() {
            return name + " (" + String.join(", ", actionIds) + ")";
        }
    }

    /**
     * @param inCycle the cycle's updates by action id
     * @param signOff the chair's decision waiting on the cycle's report; {@literal null} when none is
     */
    static CycleProgress of(Cycle cycle, String letterTitle, Plan plan, Map<String, ProgressUpdate> inCycle,
                            OpenWork.SignOff signOff, Names names) {
        Map<String, List<String>> reported = new LinkedHashMap<>();
        Map<String, List<String>> waiting = new LinkedHashMap<>();
        if (plan != null) {
            for (Action action : plan.getActions()) {
                if (inCycle.containsKey(action.getId())) {
                    reported.computeIfAbsent(names.of(action.getOwner()), n -> new ArrayList<>()).add(action.getId());
                } else if (action.getStatus() == ActionStatus.ACCEPTED) {
                    waiting.computeIfAbsent(names.of(action.getOwner()), n -> new ArrayList<>()).add(action.getId());
                }
            }
        }
        return new CycleProgress(cycle.letterId(), letterTitle, cycle.id(), cycle.number(),
                UkDates.day(cycle.openedAt()), cycle.meetingDate(), reporters(reported), reporters(waiting),
                signOff == null ? null : signOff.reportId(), signOff == null ? null : UkDates.day(signOff.since()));
    }

    public String meeting() {
        return UkDates.day(meetingDate);
    }

    public int actionsReported() {
        return reported.stream().mapToInt(r -> r.actionIds().size()).sum();
    }

    public int actionsWaiting() {
        return waiting.stream().mapToInt(r -> r.actionIds().size()).sum();
    }

    private static List<Reporter> reporters(Map<String, List<String>> byName) {
        return byName.entrySet().stream().map(e -> new Reporter(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
