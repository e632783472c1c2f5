package org.scrutineer.plan;

import org.scrutineer.audit.AuditTrail;
import org.scrutineer.audit.AuditValues;
import org.scrutineer.audit.Cause;
import org.scrutineer.finding.Finding;
import org.scrutineer.letter.Letter;
import org.scrutineer.letter.LetterService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.VisibleText;
import org.scrutineer.web.DateRange;
import org.scrutineer.web.PeriodRange;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.scrutineer.audit.AuditActions.*;

/**
 * Drafts, accepts and tracks the action plan answering a letter. Every change re-reads the plan and is
 * retried on a concurrent write, so owners acting on different actions at once never lose each other's work.
 * Each change a person or step makes is recorded in the audit trail once it is stored.
 */
@Service
public class PlanService {

    /**
     * Owners answering at once each change the one plan document; a write loses to each one that stored first.
     * As many completions run at once as the engine has database connections (ten by default), so a write may
     * lose several rounds in a row: five attempts refused owners in a burst of fifty acceptances, and 32 without
     * a pause still refused one in a hundred on a busy machine, the same writers winning round after round. A
     * random pause that grows with each loss lets the loser in.
     */
    private static final int WRITE_ATTEMPTS = 32;

    /** Locks by letter, striped: see {@link #changeReturning}. */
    private static final Lock[] CHANGING = IntStream.range(0, 64).mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);
    /**
     * A plan's size and cadence: past 500 actions a plan is no plan a committee reads, and each action is a task,
     * a row of every report and a line of every cycle; a cycle every week at most, every year at least. The
     * draftActionPlan form states the same limits, so Tasklist and /engine-rest are held to them too.
     */
    public static final int MAX_ACTIONS = 500;
    /** As long as an owner's reason for an extension may be. */
    public static final int MAX_MOVE_REASON = 2_000;
    public static final Period SHORTEST_INTERVAL = Period.ofWeeks(1);
    public static final Period LONGEST_INTERVAL = Period.ofYears(1);

    private final PlanRepository plans;
    private final ExtensionRequestRepository extensions;
    private final LetterService letters;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanService(PlanRepository plans, ExtensionRequestRepository extensions, LetterService letters, AuditTrail audit,
                Clock clock, ApplicationEventPublisher events) {
        this.plans = plans;
        this.extensions = extensions;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * One draft action per finding that calls for action, due by the finding's timescale, counted from the letter's
     * date or, for a letter answered late, from today: a plan drafted for a letter two years old proposed every due
     * date in the past, and one left unchanged went live overdue. Its title and description carry all the finding
     * asks, the title worded as something to do (see {@link ActionWording}); the success measure is the
     * coordinator's, which no letter states.
     */
    public List<DraftAction> proposeActions(String letterId) {
        Letter letter = letters.get(letterId);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        LocalDate from = letter.referenceDate().isBefore(today) ? today : letter.referenceDate();
        return letter.getFindings().stream()
                .filter(f -> f.section().callsForAction())
                .map(f -> {
                    ActionWording wording = ActionWording.from(f.text());
                    return new DraftAction(List.of(f.id()), wording.title(), wording.description(), null,
                            DueDates.due(from, f.timescale()), null);
                })
                .toList();
    }

    /**
     * Creates the plan from the coordinator's drafts. Drafting again for the same letter replaces an
     * unaccepted plan with the same content, so a retried completion leaves one plan.
     */
    public Plan draftPlan(String letterId, List<DraftAction> drafts, String committee, String reportingInterval,
                          Cause cause) {
        Letter letter = letters.get(letterId);
        checkDrafts(letter, drafts, reportingInterval);
        plans.findById(letterId).filter(p -> p.getStatus() != PlanStatus.AWAITING_ACCEPTANCE).ifPresent(p -> {
            throw new IllegalStateException("the plan for letter " + letterId + " is already " + p.getStatus());
        });
        Plan plan = new Plan(letterId, committee != null && !committee.isBlank() ? committee : letter.getCommittee(),
                reportingInterval, drafts, cause.actor(), Instant.now(clock));
        plans.findById(letterId).ifPresent(existing -> plan.adoptVersionOf(existing));
        PlanReads.forget(letterId);
        Plan saved = plans.save(plan);
        audit.record(cause, letterId, PLAN_DRAFTED, null, null, drafted(saved));
        return saved;
    }

    /**
     * Drops the plan of a letter being withdrawn, which must not be live yet: once owners have accepted every
     * action and cycles may run, the letter stays (409).
     */
    public void discardForWithdrawal(String letterId) {
        plans.findById(letterId).ifPresent(plan -> {
            if (plan.getStatus() != PlanStatus.AWAITING_ACCEPTANCE) {
                throw new Conflict("The plan of letter '" + letterId + "' is " + plan.getStatus()
                        + ": a letter whose plan is live or closed cannot be withdrawn.");
            }
            PlanReads.forget(letterId);
            plans.delete(plan);
        });
    }

    public Plan get(String letterId) {
        return plans.findById(letterId).orElseThrow(() -> new PlanNotFound(letterId));
    }

    public Optional<Plan> find(String letterId) {
        return plans.findById(letterId);
    }

    /** These letters' plans, in one read; a letter without a plan has none among them. */
    public List<Plan> plansOf(Collection<String> letterIds) {
        return plans.findAllById(letterIds);
    }

    /** The plans in which this person owns an action, in one read. */
    public List<Plan> plansWithActionsOf(String owner) {
        return plans.findByActionsOwner(owner);
    }

    /** The plans with an action not completed that was due before this date, in one read. */
    public List<Plan> plansWithActionsDueBefore(LocalDate date) {
        return plans.findWithOpenActionsDueBefore(date);
    }

    /**
     * The soonest committee meeting on or after this day that a plan not closed is scheduled to report to, of those
     * {@code counted} (a meeting too close to report to is passed over).
     */
    public Optional<PlannedMeeting> firstMeetingFrom(LocalDate day, Predicate<LocalDate> counted) {
        return plans.findMeetingsFrom(day).stream()
                .flatMap(p -> p.meetingDates().stream().filter(d -> !d.isBefore(day) && counted.test(d))
                        .map(d -> new PlannedMeeting(p.id(), d)))
                .min(Comparator.comparing(PlannedMeeting::date).thenComparing(PlannedMeeting::letterId));
    }

    /**
     * A coordinator asks for a reporting cycle now, optionally naming its committee meeting. The workflow opens it
     * in this thread: refused (409) while one runs or before the plan is live; a meeting date out of range is
     * refused (400) before anything opens, so a refused date leaves no cycle behind.
     *
     * @param meetingDate may be {@literal null}
     */
    public void requestCycle(String letterId, LocalDate meetingDate, String user) {
        if (meetingDate != null && !DateRange.accepts(meetingDate)) {
            throw new BadRequest("The committee meeting's date is out of range.",
                    List.of(new FieldError("meetingDate", DateRange.RULE)));
        }
        letters.get(letterId);
        events.publishEvent(new CycleRequested(letterId, user, meetingDate));
    }

    /** The plan as this transaction last read or wrote it, for reading only. */
    private Plan read(String letterId) {
        return PlanReads.read(letterId, () -> get(letterId));
    }

    /** When the plan was drafted, which starts every action's time; {@literal null} before it is drafted. */
    public Instant draftedAt(String letterId) {
        return read(letterId).getDraftedAt();
    }

    public List<String> actionIds(String letterId) {
        return read(letterId).getActions().stream().map(Action::getId).toList();
    }

    public List<String> openActionIds(String letterId) {
        return read(letterId).getActions().stream().filter(Action::isOpen).map(Action::getId).toList();
    }

    public Action action(String letterId, String actionId) {
        return read(letterId).action(actionId);
    }

    public String ownerOf(String letterId, String actionId) {
        return action(letterId, actionId).getOwner();
    }

    public String reportingInterval(String letterId) {
        return read(letterId).getReportingInterval();
    }

    /**
     * The answers of an action's owner and the coordinator's reassignment. Each is recorded even when the action
     * already had it (a retried completion), as the cause makes the entry once.
     */
    public void accept(String letterId, String actionId, Cause cause) {
        change(letterId, plan -> plan.action(actionId).accept());
        audit.record(cause, letterId, ACTION_ACCEPTED, actionId, AuditValues.of("status", ActionStatus.PROPOSED),
                AuditValues.of("status", ActionStatus.ACCEPTED));
    }

    public void decline(String letterId, String actionId, String reason, Cause cause) {
        change(letterId, plan -> plan.action(actionId).decline(reason));
        audit.record(cause, letterId, ACTION_DECLINED, actionId, AuditValues.of("status", ActionStatus.PROPOSED),
                AuditValues.of("status", ActionStatus.DECLINED, "reason", reason));
    }

    public void reassign(String letterId, String actionId, String owner, Cause cause) {
        String previousOwner = changeReturning(letterId, plan -> {
            Action action = plan.action(actionId);
            String previous = action.getOwner();
            action.reassign(owner);
            return previous;
        });
        audit.record(cause, letterId, ACTION_REASSIGNED, actionId,
                AuditValues.of("owner", previousOwner, "status", ActionStatus.DECLINED),
                AuditValues.of("owner", owner, "status", ActionStatus.PROPOSED));
    }

    public void goLive(String letterId, Cause cause) {
        change(letterId, Plan::goLive);
        audit.record(cause, letterId, PLAN_LIVE, null, AuditValues.of("status", PlanStatus.AWAITING_ACCEPTANCE),
                AuditValues.of("status", PlanStatus.LIVE));
    }

    /**
     * Moves an action's current due date; its original due date stays as the plan was drafted. Recorded only
     * when the date moved, so asking again for the same date records nothing.
     * <p>
     * A person's edit, made to the version of the plan they read: if anyone changed the plan since, theirs stands
     * and this one is refused (409) with the plan's current version and the action as it now is. Never retried, so
     * never a silent overwrite.
     */
    public void moveDueDate(String letterId, String actionId, LocalDate newDueDate, long readVersion, String reason,
                            Cause cause) {
        if (VisibleText.problem(reason) != null) {
            throw new BadRequest("Say in plain words why the due date moves.",
                    List.of(new FieldError("reason", VisibleText.problem(reason))));
        }
        String why = reason == null || VisibleText.of(reason).isBlank() ? null : VisibleText.of(reason).strip();
        if (why != null && why.length() > MAX_MOVE_REASON) {
            throw new BadRequest("Say in fewer words why the due date moves.",
                    List.of(new FieldError("reason", "must be at most " + MAX_MOVE_REASON + " characters")));
        }
        Plan plan = get(letterId);
        Action action = plan.action(actionId);
        if (plan.getVersion() == null || plan.getVersion() != readVersion) {
            throw changedMeanwhile(letterId, actionId);
        }
        LocalDate previous = action.getDueDate();
        action.moveDueDate(new DueDateMove(previous, newDueDate, why, cause.actor(), cause.actor(), Instant.now(clock)));
        try {
            PlanReads.forget(letterId);
            plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw changedMeanwhile(letterId, actionId);
        }
        if (!newDueDate.equals(previous)) {
            audit.record(cause, letterId, ACTION_DUE_DATE_MOVED, actionId, AuditValues.of("dueDate", previous),
                    why == null ? AuditValues.of("dueDate", newDueDate) : AuditValues.of("dueDate", newDueDate, "reason", why));
            events.publishEvent(new DueDateMoved(letterId, actionId, action.getTitleInSentence(), action.getOwner(), previous,
                    newDueDate, why, cause));
        }
    }

    /**
     * Records an owner's request to move their action's due date, made with their update; asking again with the same
     * task (a retried completion) finds the same request.
     *
     * @param id the id of the task that asked
     */
    public ExtensionRequest requestExtension(String id, String letterId, String actionId, LocalDate to, String reason,
                                             Cause cause) {
        Action action = action(letterId, actionId);
        ExtensionRequest request = extensions.findById(id).orElseGet(() -> extensions.save(new ExtensionRequest(id,
                letterId, actionId, cause.actor(), action.getDueDate(), to, reason, ExtensionRequest.REQUESTED, null,
                null, null)));
        audit.record(cause, letterId, ACTION_EXTENSION_REQUESTED, actionId, AuditValues.of("dueDate", action.getDueDate()),
                AuditValues.of("requestedDueDate", to, "reason", reason));
        return request;
    }

    /** The plan's requests for more time that no coordinator has decided yet. */
    public List<ExtensionRequest> extensionsAwaitingDecision(String letterId) {
        return extensions.findByLetterIdAndStatus(letterId, ExtensionRequest.REQUESTED);
    }

    public ExtensionRequest extension(String id) {
        return extensions.findById(id).orElseThrow(() -> new IllegalStateException("no extension request " + id));
    }

    /**
     * A coordinator's decision on an extension: an approval moves the action's current due date (the original stays)
     * and keeps the owner's reason with the move; a refusal keeps why. Deciding again the same way changes nothing.
     */
    public ExtensionRequest decideExtension(String id, boolean approved, String refusal, Cause cause) {
        ExtensionRequest request = extension(id);
        if (!ExtensionRequest.REQUESTED.equals(request.status())) {
            return request;
        }
        Instant now = Instant.now(clock);
        if (approved) {
            change(request.letterId(), plan -> plan.action(request.actionId()).moveDueDate(new DueDateMove(
                    request.currentDueDate(), request.requestedDueDate(), request.reason(), request.requestedBy(),
                    cause.actor(), now)));
            audit.record(cause, request.letterId(), ACTION_DUE_DATE_MOVED, request.actionId(),
                    AuditValues.of("dueDate", request.currentDueDate()),
                    AuditValues.of("dueDate", request.requestedDueDate(), "reason", request.reason()));
        } else {
            audit.record(cause, request.letterId(), ACTION_EXTENSION_REFUSED, request.actionId(), null,
                    AuditValues.of("requestedDueDate", request.requestedDueDate(), "refusal", refusal));
        }
        return extensions.save(request.decided(approved ? ExtensionRequest.APPROVED : ExtensionRequest.REFUSED,
                cause.actor(), refusal, now));
    }

    /**
     * Withdraws the action's requests for more time still to be decided, once it is reported completed: moving a
     * completed action's due date would print it as slipped.
     *
     * @return the requests withdrawn
     */
    public List<ExtensionRequest> withdrawExtensions(String letterId, String actionId, Cause cause) {
        List<ExtensionRequest> open = extensions.findByLetterIdAndActionIdAndStatus(letterId, actionId, ExtensionRequest.REQUESTED);
        Instant now = Instant.now(clock);
        return open.stream().map(request -> {
            // one entry per request: the same completion may withdraw requests made in two cycles
            audit.record(new Cause(cause.key() + "|" + request.id(), cause.actor()), letterId, ACTION_EXTENSION_WITHDRAWN,
                    actionId, null, AuditValues.of(
                    "requestedDueDate", request.requestedDueDate(), "requestedBy", request.requestedBy()));
            return extensions.save(request.decided(ExtensionRequest.WITHDRAWN, cause.actor(), null, now));
        }).toList();
    }

    private Conflict changedMeanwhile(String letterId, String actionId) {
        Plan now = get(letterId);
        return new Conflict("The plan was changed by someone else since you read it; here is how the action stands"
                + " now. Read the plan again and make your change to its current version.",
                Map.of("currentVersion", now.getVersion(), "current", now.action(actionId)));
    }

    /**
     * Sets the committee meeting dates the plan reports to; recorded when they changed.
     *
     * @param opened the meetings cycles have already opened for, which must stay
     */
    public List<LocalDate> scheduleMeetings(String letterId, List<LocalDate> dates, Set<LocalDate> opened, Cause cause) {
        List<LocalDate> before = List.copyOf(get(letterId).getMeetingDates());
        List<LocalDate> after = changeReturning(letterId, plan -> {
            plan.scheduleMeetings(dates, opened);
            return List.copyOf(plan.getMeetingDates());
        });
        if (!before.equals(after)) {
            audit.record(cause, letterId, PLAN_MEETINGS_SCHEDULED, null, AuditValues.of("meetingDates", before),
                    AuditValues.of("meetingDates", after));
        }
        return after;
    }

    public List<LocalDate> meetingDates(String letterId) {
        return read(letterId).getMeetingDates();
    }

    /** Marks the actions an approved report shows as completed; approving the same report again changes nothing. */
    public void completeActions(String letterId, List<String> actionIds, Cause cause) {
        change(letterId, plan -> actionIds.forEach(id -> plan.action(id).complete()));
        actionIds.forEach(id -> audit.record(cause, letterId, ACTION_COMPLETED, id,
                AuditValues.of("status", ActionStatus.ACCEPTED), AuditValues.of("status", ActionStatus.COMPLETED)));
    }

    public boolean isComplete(String letterId) {
        return get(letterId).allActionsCompleted();
    }

    public void close(String letterId, Cause cause) {
        change(letterId, plan -> plan.close(Instant.now(clock)));
        audit.record(cause, letterId, PLAN_CLOSED, null, AuditValues.of("status", PlanStatus.LIVE),
                AuditValues.of("status", PlanStatus.CLOSED));
    }

    private void change(String letterId, Consumer<Plan> change) {
        changeReturning(letterId, plan -> {
            change.accept(plan);
            return null;
        });
    }

    /**
     * Reads, changes and stores the plan, again on a fresh read when another change was stored in between. On this
     * node one change of a plan is made at a time: ten owners accepting at once otherwise lost to each other round
     * after round, and one in a hundred ran out of attempts. Other nodes' changes are caught by the plan's version.
     *
     * @return what {@code change} returned on the attempt that was stored
     */
    private <T> T changeReturning(String letterId, Function<Plan, T> change) {
        Lock oneAtATime = CHANGING[Math.floorMod(letterId.hashCode(), CHANGING.length)];
        oneAtATime.lock();
        try {
            return changeOnce(letterId, change);
        } finally {
            oneAtATime.unlock();
        }
    }

    private <T> T changeOnce(String letterId, Function<Plan, T> change) {
        for (int attempt = 1; ; attempt++) {
            Plan plan = get(letterId);
            T result = change.apply(plan);
            try {
                PlanReads.forget(letterId);
                plans.save(plan);
                return result;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw e;
                }
                pauseAfterLosing(attempt);
            }
        }
    }

    /** Up to 2, 4, 8 … 64 ms at random: those who lost together do not all come back at the same moment. */
    private static void pauseAfterLosing(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1L << Math.min(attempt, 6)) + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a plan change", e);
        }
    }

    /** The drafted plan as the trail keeps it: each action's owner, due date and title, by action id. */
    private static Map<String, Object> drafted(Plan plan) {
        Map<String, Object> actions = new LinkedHashMap<>();
        plan.getActions().forEach(a -> actions.put(a.getId(),
                AuditValues.of("owner", a.getOwner(), "dueDate", a.getDueDate(), "title", a.getTitle())));
        return AuditValues.of("committee", plan.getCommittee(), "reportingInterval", plan.getReportingInterval(),
                "actions", actions);
    }

    private static void checkDrafts(Letter letter, List<DraftAction> drafts, String reportingInterval) {
        List<FieldError> errors = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            errors.add(new FieldError("actions", "the plan needs at least one action"));
        } else if (drafts.size() > MAX_ACTIONS) {
            errors.add(new FieldError("actions", "must have at most " + MAX_ACTIONS + " entries"));
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
                } else if (!DateRange.accepts(draft.dueDate())) {
                    errors.add(new FieldError(at + "dueDate", DateRange.RULE));
                }
                draft.findingIds().stream().filter(id -> !findingIds.contains(id)).forEach(id ->
                        errors.add(new FieldError(at + "findingIds", "include '" + id + "', which is not one of the letter's findings")));
            }
        }
        if (!PeriodRange.within(reportingInterval, SHORTEST_INTERVAL, LONGEST_INTERVAL)) {
            errors.add(new FieldError("reportingInterval", "must be an ISO 8601 period from " + SHORTEST_INTERVAL
                    + " (a week) to " + LONGEST_INTERVAL + " (a year), such as P1M or P3M"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequest("The action plan is not complete.", errors);
        }
    }
}
