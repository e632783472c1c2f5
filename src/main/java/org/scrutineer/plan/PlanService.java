package org.scrutineer.plan;

import org.scrutineer.finding.Finding;
import org.scrutineer.letter.Letter;
import org.scrutineer.letter.LetterService;
import org.scrutineer.progress.Rag;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Drafts, accepts and tracks the action plan answering a letter. Every change re-reads the plan and is
 * retried on a concurrent write, so owners acting on different actions at once never lose each other's work.
 */
@Service
public class PlanService {

    private static final int WRITE_ATTEMPTS = 5;

    private final PlanRepository plans;
    private final LetterService letters;
    private final Clock clock;

    PlanService(PlanRepository plans, LetterService letters, Clock clock) {
        this.plans = plans;
        this.letters = letters;
        this.clock = clock;
    }

    /**
     * One draft action per finding that calls for action, due by the finding's timescale. The description is
     * left for the coordinator: the report quotes the finding beside the action already.
     */
    public List<DraftAction> proposeActions(String letterId) {
        Letter letter = letters.get(letterId);
        return letter.getFindings().stream()
                .filter(f -> f.section().callsForAction())
                .map(f -> new DraftAction(List.of(f.id()), ActionTitles.from(f.text()), null, null,
                        DueDates.due(letter.referenceDate(), f.timescale()), null))
                .toList();
    }

    /**
     * Creates the plan from the coordinator's drafts. Drafting again for the same letter replaces an
     * unaccepted plan with the same content, so a retried completion leaves one plan.
     */
    public Plan draftPlan(String letterId, List<DraftAction> drafts, String committee, String reportingInterval,
                          String draftedBy) {
        Letter letter = letters.get(letterId);
        checkDrafts(letter, drafts, reportingInterval);
        plans.findById(letterId).filter(p -> p.getStatus() != PlanStatus.AWAITING_ACCEPTANCE).ifPresent(p -> {
            throw new IllegalStateException("the plan for letter " + letterId + " is already " + p.getStatus());
        });
        Plan plan = new Plan(letterId, committee != null && !committee.isBlank() ? committee : letter.getCommittee(),
                reportingInterval, drafts, draftedBy, Instant.now(clock));
        plans.findById(letterId).ifPresent(existing -> plan.adoptVersionOf(existing));
        return plans.save(plan);
    }

    public Plan get(String letterId) {
        return plans.findById(letterId).orElseThrow(() -> new PlanNotFound(letterId));
    }

    public List<String> actionIds(String letterId) {
        return get(letterId).getActions().stream().map(Action::getId).toList();
    }

    public List<String> openActionIds(String letterId) {
        return get(letterId).getActions().stream().filter(Action::isOpen).map(Action::getId).toList();
    }

    public Action action(String letterId, String actionId) {
        return get(letterId).action(actionId);
    }

    public String ownerOf(String letterId, String actionId) {
        return action(letterId, actionId).getOwner();
    }

    public String reportingInterval(String letterId) {
        return get(letterId).getReportingInterval();
    }

    public void accept(String letterId, String actionId) {
        change(letterId, plan -> plan.action(actionId).accept());
    }

    public void decline(String letterId, String actionId, String reason) {
        change(letterId, plan -> plan.action(actionId).decline(reason));
    }

    public void reassign(String letterId, String actionId, String owner) {
        change(letterId, plan -> plan.action(actionId).reassign(owner));
    }

    public void goLive(String letterId) {
        change(letterId, Plan::goLive);
    }

    public void recordProgress(String letterId, String actionId, Rag rag, Integer percentComplete) {
        change(letterId, plan -> plan.action(actionId).recordProgress(rag, percentComplete));
    }

    /** Moves an action's current due date; its original due date stays as the plan was drafted. */
    public void moveDueDate(String letterId, String actionId, LocalDate newDueDate) {
        change(letterId, plan -> plan.action(actionId).moveDueDate(newDueDate));
    }

    /** Marks the actions an approved report shows as completed; approving the same report again changes nothing. */
    public void completeActions(String letterId, List<String> actionIds) {
        change(letterId, plan -> actionIds.forEach(id -> plan.action(id).complete()));
    }

    public boolean isComplete(String letterId) {
        return get(letterId).allActionsCompleted();
    }

    public void close(String letterId) {
        change(letterId, plan -> plan.close(Instant.now(clock)));
    }

    private void change(String letterId, Consumer<Plan> change) {
        for (int attempt = 1; ; attempt++) {
            Plan plan = get(letterId);
            change.accept(plan);
            try {
                plans.save(plan);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void checkDrafts(Letter letter, List<DraftAction> drafts, String reportingInterval) {
        List<FieldError> errors = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            errors.add(new FieldError("actions", "the plan needs at least one action"));
        } else {
            Set<String> findingIds = letter.getFindings().stream().map(Finding::id).collect(Collectors.toSet());
            for (int i = 0; i < drafts.size(); i++) {
                DraftAction draft = drafts.get(i);
                String at = "actions[" + i + "].";
                if (draft.title() == null || draft.title().isBlank()) {
                    errors.add(new FieldError(at + "title", "is required"));
                }
                if (draft.owner() == null || draft.owner().isBlank()) {
                    errors.add(new FieldError(at + "owner", "is required"));
                }
                if (draft.dueDate() == null) {
                    errors.add(new FieldError(at + "dueDate", "is required"));
                }
                draft.findingIds().stream().filter(id -> !findingIds.contains(id)).forEach(id ->
                        errors.add(new FieldError(at + "findingIds", "the letter has no finding '" + id + "'")));
            }
        }
        if (!isPositivePeriod(reportingInterval)) {
            errors.add(new FieldError("reportingInterval", "must be an ISO 8601 period such as P1M or P3M"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequest("The action plan is not complete.", errors);
        }
    }

    private static boolean isPositivePeriod(String value) {
        try {
            Period period = Period.parse(value);
            return !period.isNegative() && !period.isZero();
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }
}
