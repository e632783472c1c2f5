package org.scrutineer.letter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.finding.Finding;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An inspection letter as registered: its metadata, full text, a pointer to the original upload, and its findings. */
@Document("letters")
public class Letter {

    @Id
    private String id;
    @Version
    private Long version;
    private String processInstanceId;
    private String inspectorate;
    private String authority;
    private String recipient;
    private String signatory;
    private LocalDate letterDate;
    private String inspectionDates;
    private LocalDate inspectionStart;
    private LocalDate inspectionEnd;
    private String title;
    private String summaryJudgement;
    private String committee;
    private String text;
    private Original original;
    private List<Finding> findings = List.of();
    private boolean findingsConfirmed;
    private String registeredBy;
    private Instant registeredAt;

    /** Where the uploaded bytes are kept (GridFS), so the letter can always be shown as it arrived. */
    public record Original(String fileId, String filename, String contentType, long size) {
    }

    protected Letter() {
    }

    Letter(String id, String text, Original original, String committee, String registeredBy, Instant registeredAt) {
        this.id = id;
        this.text = text;
        this.original = original;
        this.committee = committee;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Takes what reading the text found; re-reading the same text gives the same letter, so a retry is harmless. */
    void applyExtraction(ExtractedLetter extracted) {
        inspectorate = extracted.inspectorate();
        authority = extracted.authority();
        recipient = extracted.recipient();
        signatory = extracted.signatory();
        letterDate = extracted.letterDate();
        inspectionDates = extracted.inspectionDates();
        inspectionStart = extracted.inspectionStart();
        inspectionEnd = extracted.inspectionEnd();
        title = extracted.title();
        summaryJudgement = extracted.summaryJudgement();
        findings = List.copyOf(extracted.findings());
    }

    /**
     * Keeps each finding's id and where it came from in the letter; a finding the coordinator added gets the next
     * free id and no source. An id the letter never gave (made up, or given twice) is a new finding too.
     */
    void reviseFindings(List<Finding> submitted) {
        Map<String, Finding.Source> sources = new HashMap<>();
        findings.forEach(f -> sources.put(f.id(), f.source()));
        java.util.Set<String> kept = new java.util.HashSet<>();
        List<Finding> revised = submitted.stream()
                .map(f -> f.id() != null && sources.containsKey(f.id()) && kept.add(f.id())
                        ? f.withSource(sources.get(f.id())) : f.withId(null)).toList();
        if (revised.equals(findings)) {
            return;
        }
        if (findingsConfirmed) {
            throw new IllegalStateException("the findings of letter " + id + " are confirmed and can no longer change");
        }
        int highest = revised.stream().map(Finding::id).filter(id -> id != null && id.matches("F\\d{1,9}"))
                .mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0);
        List<Finding> numbered = new java.util.ArrayList<>();
        for (Finding f : revised) {
            numbered.add(f.id() != null ? f : f.withId("F" + (++highest)));
        }
        findings = List.copyOf(numbered);
    }

    void confirmFindings() {
        findingsConfirmed = true;
    }

    /** The coordinator's title, when reading found none or got it wrong; the findings' review is where it is set. */
    void retitle(String newTitle) {
        if (findingsConfirmed) {
            throw new IllegalStateException("the findings of letter " + id + " are confirmed; its title no longer changes");
        }
        title = newTitle;
    }

    /** The coordinator's date, set in the findings' review as the title is. */
    void redate(LocalDate newDate) {
        if (findingsConfirmed) {
            throw new IllegalStateException("the findings of letter " + id + " are confirmed; its date no longer changes");
        }
        letterDate = newDate;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The date timescales count from: the letter's own, or the day it was registered when the letter has none. */
    public LocalDate referenceDate() {
        return letterDate != null ? letterDate : registeredAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
    }

    public String getId() { return id; }
    @JsonIgnore public Long getVersion() { return version; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getInspectorate() { return inspectorate; }
    public String getAuthority() { return authority; }
    public String getRecipient() { return recipient; }
    public String getSignatory() { return signatory; }
    public LocalDate getLetterDate() { return letterDate; }
    public String getInspectionDates() { return inspectionDates; }
    public LocalDate getInspectionStart() { return inspectionStart; }
    public LocalDate getInspectionEnd() { return inspectionEnd; }
    public String getTitle() { return title; }
    public String getSummaryJudgement() { return summaryJudgement; }
    public String getCommittee() { return committee; }
    public String getText() { return text; }
    public Original getOriginal() { return original; }
    public List<Finding> getFindings() { return findings; }
    public boolean isFindingsConfirmed() { return findingsConfirmed; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
}
