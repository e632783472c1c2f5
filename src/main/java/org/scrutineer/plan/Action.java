package org.scrutineer.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.scrutineer.web.BadRequest;
import org.scrutineer.web.Conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One action of a plan. Guards its own status: only an accepted action can be completed, and so on. */
public class Action {

    private String id;
    private List<String> findingIds;
    private String title;
    private String description;
    private String owner;
    private LocalDate dueDate;
    // The date the plan was drafted with, kept when dueDate moves so the committee sees the slip. Absent from
    // plans stored before it was kept: read as the current date (see getOriginalDueDate).
    private LocalDate originalDueDate;
    private String successMeasure;
    private ActionStatus status;
    private String declineReason;
    // every move of dueDate, oldest first; absent from plans stored before moves were kept
    private List<DueDateMove> dueDateMoves;

    protected Action() {
    }

    Action(String id, DraftAction draft) {
        this.id = id;
        this.findingIds = List.copyOf(draft.findingIds());
        this.title = draft.title();
        this.description = draft.description();
        this.owner = draft.owner();
        this.dueDate = draft.dueDate();
        this.originalDueDate = draft.dueDate();
        this.successMeasure = draft.successMeasure();
        this.status = ActionStatus.PROPOSED;
    }

    /** Accepting, declining and reassigning again with the same answer changes nothing, so a retried task is harmless. */
    void accept() {
        if (status == ActionStatus.ACCEPTED) {
            return;
        }
        requireStatus(ActionStatus.PROPOSED, "accepted");
        status = ActionStatus.ACCEPTED;
        declineReason = null;
    }

    void decline(String reason) {
        if (status == ActionStatus.DECLINED && Objects.equals(declineReason, reason)) {
            return;
        }
        requireStatus(ActionStatus.PROPOSED, "declined");
        status = ActionStatus.DECLINED;
        declineReason = reason;
    }

    void reassign(String newOwner) {
        if (status == ActionStatus.PROPOSED && newOwner.equals(owner)) {
            return;
        }
        requireStatus(ActionStatus.DECLINED, "reassigned");
        if (newOwner.equals(owner)) {
            // the reassign page leaves them out; any other door is told the same
            throw new BadRequest("The action goes to someone other than who just declined it.",
                    List.of(new BadRequest.FieldError("owner", "declined this action: name someone else")));
        }
        owner = newOwner;
        status = ActionStatus.PROPOSED;
    }

    /**
     * Moves the current due date and keeps the move; the original stays as drafted. A completed action's date no
     * longer moves. Moving it to the date it already has changes nothing.
     */
    void moveDueDate(DueDateMove move) {
        Objects.requireNonNull(move.to(), "to");
        if (move.to().equals(dueDate)) {
            return;
        }
        if (status == ActionStatus.COMPLETED) {
            throw new Conflict("Action " + id + " is completed; its due date can no longer move.");
        }
        if (originalDueDate == null) {
            originalDueDate = dueDate;
        }
        dueDateMoves = new java.util.ArrayList<>(getDueDateMoves());
        dueDateMoves.add(new DueDateMove(dueDate, move.to(), move.reason(), move.requestedBy(), move.decidedBy(), move.at()));
        dueDate = move.to();
    }

    void complete() {
        if (status != ActionStatus.COMPLETED) {
            requireStatus(ActionStatus.ACCEPTED, "completed");
            status = ActionStatus.COMPLETED;
        }
    }

    boolean isOpen() {
        return status == ActionStatus.ACCEPTED;
    }

    private void requireStatus(ActionStatus expected, String verb) {
        if (status != expected) {
            throw new IllegalStateException("action " + id + " is " + status + " and cannot be " + verb);
        }
    }

    public String getId() { return id; }
    public List<String> getFindingIds() { return findingIds; }
    /** The title within a sentence of ours ("…the due date of A1 Improve supervision to 30 June…"): no full stop of its own. */
    @JsonIgnore
    public String getTitleInSentence() {
        return title == null ? "" : title.strip().replaceAll("\\.+$", "");
    }

    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getOriginalDueDate() { return originalDueDate != null ? originalDueDate : dueDate; }
    public String getSuccessMeasure() { return successMeasure; }
    public ActionStatus getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public List<DueDateMove> getDueDateMoves() { return dueDateMoves == null ? List.of() : dueDateMoves; }
    /** How many times the due date has moved: what a plan's page shows beside it. */
    public int getTimesMoved() { return getDueDateMoves().size(); }
}
