package org.scrutineer.progress;

import org.scrutineer.audit.AuditTrail;
import org.scrutineer.audit.AuditValues;
import org.scrutineer.audit.Cause;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.calendar.CycleDates;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.scrutineer.audit.AuditActions.*;

/**
 * Opens reporting cycles and keeps every progress update an owner submits in them, recording each in the
 * audit trail once it is stored.
 */
@Service
public class ProgressService {

    private final CycleRepository cycles;
    private final ProgressUpdateRepository updates;
    private final MissedUpdateRepository missedUpdates;
    private final AuditTrail audit;
    private final CycleCalendar calendar;
    private final Clock clock;

    ProgressService(CycleRepository cycles, ProgressUpdateRepository updates, MissedUpdateRepository missedUpdates,
                    AuditTrail audit, CycleCalendar calendar, Clock clock) {
        this.cycles = cycles;
        this.updates = updates;
        this.missedUpdates = missedUpdates;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Opens the cycle with this id and number (the letter process counts them), for this meeting, with its
     * deadlines counted from it; opening it again returns it.
     *
     * @param meeting the committee meeting it reports to; may be {@literal null}
     */
    public Cycle openCycle(String cycleId, String letterId, int number, LocalDate meeting, Cause cause) {
        Cycle cycle = cycles.findById(cycleId).orElseGet(() -> cycles.save(new Cycle(cycleId, letterId, number,
                Cycle.CycleStatus.OPEN, now(), null, meeting, calendar.forCycle(meeting, calendar.today()))));
        CycleDates dates = cycle.dates();
        audit.record(cause, letterId, CYCLE_OPENED, cycleId, null, AuditValues.of("number", cycle.number(),
                "meetingDate", cycle.meetingDate(), "updatesDue", dates == null ? null : dates.updatesDue(),
                "signOffDue", dates == null ? null : dates.signOffDue()));
        return cycle;
    }

    /** The letter's cycles, first first. */
    public List<Cycle> cyclesOf(String letterId) {
        return cycles.findByLetterIdOrderByNumber(letterId);
    }

    /**
     * Records that an action's owner sent no update before the cycle's report went without it; recording it again
     * changes nothing.
     */
    /** The cycles of these letters, in one read, by letter. */
    public Map<String, List<Cycle>> cyclesOf(Collection<String> letterIds) {
        return letterIds.isEmpty() ? Map.of() : cycles.findByLetterIdIn(letterIds).stream()
                .collect(Collectors.groupingBy(Cycle::letterId));
    }

    public MissedUpdate recordMissed(String cycleId, String actionId, String owner, String reason, Cause cause) {
        Cycle cycle = cycle(cycleId);
        String id = MissedUpdate.idOf(cycleId, actionId);
        MissedUpdate missed = missedUpdates.findById(id).orElseGet(() -> missedUpdates.save(
                new MissedUpdate(id, cycle.letterId(), cycleId, actionId, owner, reason, now())));
        audit.record(cause, cycle.letterId(), PROGRESS_MISSED, actionId, null,
                AuditValues.of("cycleId", cycleId, "owner", owner, "reason", reason));
        return missed;
    }

    public List<MissedUpdate> missedIn(String cycleId) {
        return missedUpdates.findByCycleIdOrderByActionId(cycleId);
    }

    public Cycle cycle(String cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new CycleNotFound(cycleId));
    }

    public void closeCycle(String cycleId, Cause cause) {
        Cycle closed = cycles.save(cycle(cycleId).closed(Instant.now(clock)));
        audit.record(cause, closed.letterId(), CYCLE_CLOSED, cycleId, AuditValues.of("status", Cycle.CycleStatus.OPEN),
                AuditValues.of("status", Cycle.CycleStatus.CLOSED));
    }

    /**
     * Records an owner's report. The cause's key (the task's id) identifies it: submitting it again, as a
     * completion retried after its transaction failed does, replaces what the failed attempt stored and keeps its
     * revision, so the record holds what the completion that committed submitted, once; the trail keeps one entry.
     *
     * @param cause the submitting task and its owner
     */
    public ProgressUpdate submit(Cause cause, String cycleId, String actionId, ProgressReport report) {
        String submissionId = cause.key();
        Cycle cycle = cycle(cycleId);
        // one read for all three: the action's updates in every cycle, as they came in; a retried submission is among
        // them, as its task is
        List<ProgressUpdate> ofAction = updates.findByLetterIdAndActionIdOrderBySubmittedAt(cycle.letterId(), actionId);
        List<ProgressUpdate> inCycle = ofAction.stream().filter(u -> u.cycleId().equals(cycleId)).toList();
        int revision = inCycle.stream().filter(u -> u.id().equals(submissionId)).findFirst()
                .map(ProgressUpdate::revision).orElse(inCycle.size() + 1);
        // what its RAG and % changed from: the action's update before this one, in this cycle or an earlier one
        Optional<ProgressUpdate> previous = ofAction.stream().filter(u -> !u.id().equals(submissionId)).reduce((a, b) -> b);
        ProgressUpdate update = updates.save(new ProgressUpdate(submissionId, cycle.letterId(), cycleId, actionId,
                revision, report.progress(), report.impact(), report.rag(), report.percentComplete(), report.completed(),
                report.scheduleRag(), report.ragReason(), cause.actor(), now()));
        audit.record(cause, update.letterId(),
                update.revision() == 1 ? PROGRESS_REPORTED : PROGRESS_REVISED, actionId,
                previous.map(ProgressService::measures).orElse(null), measures(update));
        return update;
    }

    private static Map<String, Object> measures(ProgressUpdate update) {
        return AuditValues.of("rag", update.rag(), "percentComplete", update.percentComplete(),
                "completed", update.completed(), "revision", update.revision());
    }

    /** The newest revision of each action's update in a cycle, by action id. */
    public Map<String, ProgressUpdate> latestIn(String cycleId) {
        Map<String, ProgressUpdate> latest = new LinkedHashMap<>();
        updates.findByCycleIdOrderByActionIdAscRevisionAsc(cycleId).forEach(u -> latest.put(u.actionId(), u));
        return latest;
    }

    public Optional<ProgressUpdate> latest(String cycleId, String actionId) {
        List<ProgressUpdate> all = updates.findByCycleIdAndActionIdOrderByRevision(cycleId, actionId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** MongoDB keeps milliseconds: a record returned on its first write must equal the one read back later. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Each action's newest update in any cycle of the letter, by action id: where it last stood. */
    public Map<String, ProgressUpdate> newestByAction(String letterId) {
        Map<String, ProgressUpdate> newest = new LinkedHashMap<>();
        updatesOf(letterId).forEach(u -> newest.put(u.actionId(), u));
        return newest;
    }

    public List<ProgressUpdate> updatesOf(String letterId) {
        return updates.findByLetterIdOrderBySubmittedAt(letterId);
    }

    /** Each action's newest update in any cycle, by letter id and then action id, for these letters in one read. */
    public Map<String, Map<String, ProgressUpdate>> newestByAction(Collection<String> letterIds) {
        Map<String, Map<String, ProgressUpdate>> newest = new HashMap<>();
        updates.findByLetterIdInOrderBySubmittedAt(letterIds).forEach(u ->
                newest.computeIfAbsent(u.letterId(), id -> new LinkedHashMap<>()).put(u.actionId(), u));
        return newest;
    }

    /** The newest revision of each action's update, by cycle id and then action id, for these cycles in one read. */
    public Map<String, Map<String, ProgressUpdate>> latestIn(Collection<String> cycleIds) {
        Map<String, Map<String, ProgressUpdate>> latest = new HashMap<>();
        updates.findByCycleIdInOrderByRevision(cycleIds).forEach(u ->
                latest.computeIfAbsent(u.cycleId(), id -> new LinkedHashMap<>()).put(u.actionId(), u));
        return latest;
    }

    /** Every cycle collecting updates now, of any letter. */
    public List<Cycle> openCycles() {
        return cycles.findByStatus(Cycle.CycleStatus.OPEN);
    }

    /** The cycle whose committee meeting comes first on or after this day, collecting updates or closed. */
    public Optional<Cycle> nextMeetingFrom(LocalDate day) {
        return cycles.findFirstByMeetingDateGreaterThanEqualOrderByMeetingDateAscOpenedAtAsc(day);
    }
}
