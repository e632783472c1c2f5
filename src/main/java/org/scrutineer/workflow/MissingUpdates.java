package org.scrutineer.workflow;

import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The open actions of a cycle whose owners have sent no update in it yet. */
@Component
class MissingUpdates {

    private final PlanService plans;
    private final ProgressService progress;

    MissingUpdates(PlanService plans, ProgressService progress) {
        this.plans = plans;
        this.progress = progress;
    }

    List<String> actionIds(String letterId, String cycleId) {
        Set<String> reported = progress.latestIn(cycleId).keySet();
        return plans.openActionIds(letterId).stream().filter(id -> !reported.contains(id)).toList();
    }
}
