package org.scrutineer.progress;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opens reporting cycles and keeps every progress update an owner submits in them. */
@Service
public class ProgressService {

    private final CycleRepository cycles;
    private final ProgressUpdateRepository updates;
    private final Clock clock;

    ProgressService(CycleRepository cycles, ProgressUpdateRepository updates, Clock clock) {
        this.cycles = cycles;
        this.updates = updates;
        this.clock = clock;
    }

    /** Opens the cycle with this id, numbered after the letter's earlier ones; opening it again returns it. */
    public Cycle openCycle(String cycleId, String letterId) {
        return cycles.findById(cycleId).orElseGet(() -> {
            int number = cycles.findByLetterIdOrderByNumber(letterId).size() + 1;
            return cycles.save(new Cycle(cycleId, letterId, number, Cycle.CycleStatus.OPEN, now(), null, null));
        });
    }

    /** Names the committee meeting the letter's open cycle reports to. */
    public void scheduleMeeting(String letterId, LocalDate date) {
        cycles.findByLetterIdOrderByNumber(letterId).stream().filter(c -> c.status() == Cycle.CycleStatus.OPEN)
                .reduce((first, last) -> last).ifPresent(open -> cycles.save(open.meetingOn(date)));
    }

    public Cycle cycle(String cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new CycleNotFound(cycleId));
    }

    public void closeCycle(String cycleId) {
        cycles.save(cycle(cycleId).closed(Instant.now(clock)));
    }

    /**
     * Records an owner's report. {@code submissionId} (the task's id) identifies it: submitting it again, as a
     * completion retried after its transaction failed does, replaces what the failed attempt stored and keeps
     * its revision, so the record holds what the completion that committed submitted, once.
     */
    public ProgressUpdate submit(String submissionId, String cycleId, String actionId, ProgressReport report,
                                 String submittedBy) {
        Cycle cycle = cycle(cycleId);
        int revision = updates.findById(submissionId).map(ProgressUpdate::revision)
                .orElseGet(() -> updates.findByCycleIdAndActionIdOrderByRevision(cycleId, actionId).size() + 1);
        return updates.save(new ProgressUpdate(submissionId, cycle.letterId(), cycleId, actionId, revision,
                report.progress(), report.impact(), report.rag(), report.percentComplete(), report.completed(),
                submittedBy, now()));
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

    public List<ProgressUpdate> updatesOf(String letterId) {
        return updates.findByLetterIdOrderBySubmittedAt(letterId);
    }
}
