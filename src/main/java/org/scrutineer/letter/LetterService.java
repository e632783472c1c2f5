package org.scrutineer.letter;

import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditTrail;
import org.scrutineer.audit.AuditValues;
import org.scrutineer.audit.Cause;
import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.finding.Finding;
import org.scrutineer.finding.LetterReader;
import org.scrutineer.pages.UkDates;
import org.scrutineer.store.WriteJournal;
import org.scrutineer.web.VisibleText;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.aggregation.ProjectionOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.scrutineer.audit.AuditActions.*;

/** Registers letters, reads their findings, and keeps the coordinator's corrections. */
@Service
public class LetterService {

    /**
     * The most findings a letter may have, read or revised: a real letter has tens; thousands are a document that
     * is not a letter, or a probe, and each finding is a line of the review form and of every report's appendix.
     * The reviewFindings form states the same limit.
     */
    public static final int MAX_FINDINGS = 1000;
    /** As the findings' review form takes it. */
    public static final int MAX_TITLE = 500;

    private final LetterRepository letters;
    private final OriginalStore originals;
    private final LetterReader reader;
    private final AuditTrail audit;
    private final Clock clock;
    private final MongoTemplate mongo;

    private final WriteJournal journal;

    LetterService(LetterRepository letters, OriginalStore originals, LetterReader reader, AuditTrail audit,
                  WriteJournal journal, Clock clock, MongoTemplate mongo) {
        this.letters = letters;
        this.journal = journal;
        this.originals = originals;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
        this.mongo = mongo;
    }

    /** Stores the letter and its original; the findings are read by the workflow's first step. */
    public Letter register(LetterUpload upload, String user) {
        // what is read from the letter (its findings, title, dates) is read as every reader sees it: a direction
        // override in a letter's text made a finding print "21" in the PDF and "12" in the Word copy
        String text = VisibleText.of(upload.text());
        String committee = VisibleText.oneLine(upload.committee());
        extract(text); // refuses a letter of too many findings before anything is stored
        Letter.Original original = originals.store(upload.bytes(), upload.filename(), upload.contentType());
        Letter letter = new Letter(UUID.randomUUID().toString(), text, original,
                blankToNull(committee), user, Instant.now(clock));
        Letter saved = letters.save(letter);
        audit.record(new Cause(saved.getId(), user), saved.getId(), LETTER_REGISTERED, null, null,
                AuditValues.of("filename", original.filename(), "contentType", original.contentType(),
                        "committee", saved.getCommittee()));
        return saved;
    }

    /**
     * Removes a letter registered by mistake; its trail keeps the registration and says who withdrew it. The
     * original is deleted once the withdrawal has committed, as a deleted file cannot be put back.
     */
    void withdraw(String letterId, String user) {
        Letter letter = get(letterId);
        letters.delete(letter);
        audit.record(new Cause(letterId, user), letterId, LETTER_WITHDRAWN, null,
                AuditValues.of("title", letter.getTitle(), "filename",
                        letter.getOriginal() == null ? null : letter.getOriginal().filename()), null);
        journal.afterCommit(() -> originals.delete(letter.getOriginal()));
    }

    /** What reading the text finds; refused (413) past {@link #MAX_FINDINGS} findings. */
    public ExtractedLetter extract(String text) {
        ExtractedLetter extracted = reader.read(text);
        if (extracted.findings().size() > MAX_FINDINGS) {
            throw UnreadableLetter.tooLarge("findings", MAX_FINDINGS);
        }
        return extracted;
    }

    public Letter extractFindings(String letterId, Cause cause) {
        Letter letter = get(letterId);
        letter.applyExtraction(extract(letter.getText()));
        Letter saved = letters.save(letter);
        audit.record(cause, letterId, FINDINGS_EXTRACTED, null, null,
                AuditValues.of("findings", saved.getFindings().size(), "authority", saved.getAuthority()));
        return saved;
    }

    public Letter attachProcess(String letterId, String processInstanceId) {
        Letter letter = get(letterId);
        letter.attachProcess(processInstanceId);
        return letters.save(letter);
    }

    /** Keeps the coordinator's corrections; the trail records the findings they changed, added or removed. */
    public void reviseFindings(String letterId, List<Finding> revised, Cause cause) {
        if (revised.size() > MAX_FINDINGS) {
            throw new BadRequest("A letter has at most " + MAX_FINDINGS + " findings.",
                    List.of(new BadRequest.FieldError("findings", "must have at most " + MAX_FINDINGS + " entries")));
        }
        Letter letter = get(letterId);
        List<Finding> before = letter.getFindings();
        letter.reviseFindings(revised);
        letters.save(letter);
        FindingChanges changes = FindingChanges.between(before, letter.getFindings());
        if (!changes.isEmpty()) {
            audit.record(cause, letterId, FINDINGS_REVISED, null, orNull(changes.before()), orNull(changes.after()));
        }
    }

    /**
     * Gives the letter the title the coordinator typed in the findings' review. The same title, or what the letter is
     * already called without one ("Letter registered …"), changes nothing.
     */
    public void retitle(String letterId, String title, Cause cause) {
        Letter letter = get(letterId);
        // invisible characters (zero-width, direction overrides) and spacing of any kind are not a title's
        String typed = title == null ? "" : title.replaceAll("\\p{Cf}", "").replaceAll("[\\s\\p{Z}]+", " ").strip();
        if (typed.codePoints().noneMatch(Character::isLetterOrDigit) || typed.equals(LetterTitle.of(letter))) {
            return;
        }
        if (typed.length() > MAX_TITLE) {
            throw new BadRequest("A letter's title has at most " + MAX_TITLE + " characters.",
                    List.of(new BadRequest.FieldError("letterTitle", "must have at most " + MAX_TITLE + " characters")));
        }
        String before = letter.getTitle();
        letter.retitle(typed);
        letters.save(letter);
        audit.record(cause, letterId, LETTER_RETITLED, null, AuditValues.of("title", before), AuditValues.of("title", typed));
    }

    /** The coordinator's date for the letter, when reading found none or got it wrong (the findings' review). */
    public void redate(String letterId, LocalDate date, Cause cause) {
        if (date.isAfter(UkDates.today(clock))) {
            // a letter is answered after it is written; a date ahead would put every proposed due date beyond it
            throw new BadRequest("A letter's date cannot be after today.",
                    List.of(new BadRequest.FieldError("letterDate", "must not be after today")));
        }
        Letter letter = get(letterId);
        LocalDate before = letter.getLetterDate();
        if (date.equals(before)) {
            return;
        }
        letter.redate(date);
        letters.save(letter);
        audit.record(cause, letterId, LETTER_REDATED, null, AuditValues.of("letterDate", before),
                AuditValues.of("letterDate", date));
    }

    public void confirmFindings(String letterId, Cause cause) {
        Letter letter = get(letterId);
        letter.confirmFindings();
        letters.save(letter);
        audit.record(cause, letterId, FINDINGS_CONFIRMED, null, AuditValues.of("confirmed", false),
                AuditValues.of("confirmed", true, "findings", letter.getFindings().size()));
    }

    /**
     * Everything done to the letter, its plan and its reports, in the order it was done. The trail outlives a
     * withdrawn letter, as it is what says who withdrew it: not found only if there never was one.
     */
    public Paged<AuditEntry> auditTrail(String letterId, Paging paging) {
        long total = audit.count(letterId);
        if (total == 0) {
            get(letterId);
        }
        return new Paged<>(audit.of(letterId, paging.offset(), paging.size()), total);
    }

    /** The letter's upload as it arrived, with the content type read from its bytes. */
    OriginalFile original(String letterId) {
        Letter.Original original = get(letterId).getOriginal();
        byte[] bytes = original == null ? null : originals.read(original).orElse(null);
        if (bytes == null) {
            throw new NotFound("Letter '" + letterId + "' has no original file kept.");
        }
        return new OriginalFile(original.filename(), original.contentType(), bytes);
    }

    /** An uploaded file's name, content type and bytes. */
    record OriginalFile(String filename, String contentType, byte[] bytes) {
    }

    public Letter get(String letterId) {
        return letters.findById(letterId).orElseThrow(() -> new LetterNotFound(letterId));
    }

    /** A letter's summary fields, with its findings counted by the store rather than sent. */
    private static final ProjectionOperation SUMMARY = Aggregation.project("title", "inspectorate", "authority",
                    "committee", "letterDate", "inspectionStart", "inspectionEnd", "registeredBy", "registeredAt",
                    "findingsConfirmed")
            .and(ArrayOperators.Size.lengthOfArray(ConditionalOperators.ifNull("findings").then(List.of())))
            .as("findings");

    /**
     * A page of the letters, newest first, as summaries: the store sends only the summary's fields (and counts the
     * findings itself), never the texts, so the reply stays small however long the letters are.
     */
    public Paged<LetterSummary> list(Paging paging) {
        Aggregation summaries = Aggregation.newAggregation(
                Aggregation.sort(Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("_id"))),
                Aggregation.skip((long) paging.offset()),
                Aggregation.limit(paging.size()),
                SUMMARY);
        List<LetterSummary> page = mongo.aggregate(summaries, Letter.class, LetterSummary.class).getMappedResults();
        return new Paged<>(page, letters.count());
    }

    /** These letters as summaries, by id, in one read; an id with no letter is left out. */
    /** Letters by their titles as every list names them ({@link LetterTitle}), in one read; a withdrawn one is missing. */
    public Map<String, String> titles(Collection<String> letterIds) {
        Map<String, String> titles = new HashMap<>();
        if (!letterIds.isEmpty()) {
            summaries(letterIds).forEach((id, letter) -> titles.put(id,
                    LetterTitle.of(letter.title(), letter.authority(), letter.registeredAt())));
        }
        return titles;
    }

    public Map<String, LetterSummary> summaries(Collection<String> letterIds) {
        Aggregation summaries = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("_id").in(letterIds)), SUMMARY);
        return mongo.aggregate(summaries, Letter.class, LetterSummary.class).getMappedResults().stream()
                .collect(Collectors.toMap(LetterSummary::id, Function.identity()));
    }

    private static Map<String, Object> orNull(Map<String, Object> values) {
        return values.isEmpty() ? null : values;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
