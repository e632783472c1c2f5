package org.scrutineer.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.scrutineer.web.Conflict;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The council's action plan answering one letter. Its id is the letter's: a letter has one plan, and
 * drafting it again (a retried task completion) lands on the same document instead of a second one.
 */
@Document("plans")
public class Plan {

    @Id
    private String id;
    @Version
    private Long version;
    private String letterId;
    private String committee;
    private String reportingInterval;
    private PlanStatus status;
    private List<Action> actions = new ArrayList<>();
    // The committee's meetings this plan reports to, in date order; absent from plans stored before they were kept.
    private List<LocalDate> meetingDates = new ArrayList<>();
    private String draftedBy;
    private Instant draftedAt;
    private Instant closedAt;

    protected Plan() {
    }

    Plan(String letterId, String committee, String reportingInterval, List<DraftAction> drafts,
         String draftedBy, Instant draftedAt) {
        this.id = letterId;
        this.letterId = letterId;
        this.committee = committee;
        this.reportingInterval = reportingInterval;
        this.status = PlanStatus.AWAITING_ACCEPTANCE;
        for (DraftAction draft : drafts) {
            actions.add(new Action("A" + (actions.size() + 1), draft));
        }
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    /** Replacing an unaccepted draft keeps the stored version, so the save overwrites rather than conflicts. */
    void adoptVersionOf(Plan existing) {
        this.version = existing.version;
    }

    Action action(String actionId) {
        return actions.stream().filter(a -> a.getId().equals(actionId)).findFirst()
                .orElseThrow(() -> new ActionNotFound(letterId, actionId));
    }

    void goLive() {
        if (status == PlanStatus.AWAITING_ACCEPTANCE) {
            if (actions.stream().anyMatch(a -> a.getStatus() != ActionStatus.ACCEPTED)) {
                throw new IllegalStateException("plan " + id + " cannot go live before every action is accepted");
            }
            status = PlanStatus.LIVE;
        }
    }

    boolean allActionsCompleted() {
        return actions.stream().allMatch(a -> a.getStatus() == ActionStatus.COMPLETED);
    }

    void close(Instant when) {
        if (status != PlanStatus.CLOSED) {
            if (!allActionsCompleted()) {
                throw new IllegalStateException("plan " + id + " has open actions and cannot close");
            }
            status = PlanStatus.CLOSED;
            closedAt = when;
        }
    }

    /**
     * Replaces the committee's meeting dates. A meeting a cycle has already opened for stays: its dates are that
     * cycle's, which owners are already working to (409).
     *
     * @param opened the meetings cycles have opened for
     */
    void scheduleMeetings(Collection<LocalDate> dates, Set<LocalDate> opened) {
        if (status == PlanStatus.CLOSED) {
            throw new Conflict("The plan of letter '" + letterId + "' is closed: it reports to no more meetings.");
        }
        List<LocalDate> dropped = getMeetingDates().stream().filter(opened::contains).filter(d -> !dates.contains(d)).toList();
        if (!dropped.isEmpty()) {
            throw new Conflict("A cycle has already opened for the meeting of " + dropped
                    + ": its date stays in the calendar.");
        }
        meetingDates = new ArrayList<>(new TreeSet<>(dates));
    }

    public String getId() { return id; }
    @JsonIgnore public Long getVersion() { return version; }
    public String getLetterId() { return letterId; }
    public String getCommittee() { return committee; }
    public String getReportingInterval() { return reportingInterval; }
    public PlanStatus getStatus() { return status; }
    public List<Action> getActions() { return actions; }
    public List<LocalDate> getMeetingDates() { return meetingDates == null ? List.of() : meetingDates; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return draftedAt; }
    public Instant getClosedAt() { return closedAt; }
}
