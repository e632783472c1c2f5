package org.scrutineer.overview;

import org.scrutineer.plan.Plan;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.report.Standing;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** An action owner's actions across every plan, with their due dates and the owner's last update on each. */
@Component
class OwnerWork {

    private final LetterTitles titles;
    private final PlanService plans;
    private final ProgressService progress;

    OwnerWork(LetterTitles titles, PlanService plans, ProgressService progress) {
        this.titles = titles;
        this.plans = plans;
        this.progress = progress;
    }

    /** The person's actions not yet completed first, soonest due first; then the completed ones. */
    List<ActionLine> actionsOf(String owner, LocalDate today, Names names) {
        List<Plan> theirs = plans.plansWithActionsOf(owner);
        List<String> letterIds = theirs.stream().map(Plan::getLetterId).toList();
        Map<String, String> titles = this.titles.of(letterIds);
        Map<String, Map<String, ProgressUpdate>> newest = progress.newestByAction(letterIds);
        return theirs.stream()
                .flatMap(plan -> plan.getActions().stream().filter(a -> owner.equals(a.getOwner()))
                        .map(a -> ActionLine.of(plan, a, titles.getOrDefault(plan.getLetterId(), ""),
                                newest.getOrDefault(plan.getLetterId(), Map.of()).get(a.getId()), today, names)))
                .sorted(Comparator.comparing((ActionLine a) -> a.standing() == Standing.COMPLETED)
                        .thenComparing(ActionLine::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ActionLine::letterTitle).thenComparing(ActionLine.BY_NUMBER))
                .toList();
    }
}
