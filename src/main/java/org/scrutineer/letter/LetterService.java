package org.scrutineer.letter;

import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.finding.Finding;
import org.scrutineer.finding.LetterReader;
import org.scrutineer.web.NotFound;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Registers letters, reads their findings, and keeps the coordinator's corrections. */
@Service
public class LetterService {

    private final LetterRepository letters;
    private final OriginalStore originals;
    private final LetterReader reader;
    private final Clock clock;

    LetterService(LetterRepository letters, OriginalStore originals, LetterReader reader, Clock clock) {
        this.letters = letters;
        this.originals = originals;
        this.reader = reader;
        this.clock = clock;
    }

    /** Stores the letter and its original; the findings are read by the workflow's first step. */
    public Letter register(LetterUpload upload, String user) {
        Letter.Original original = originals.store(upload.bytes(), upload.filename(), upload.contentType());
        Letter letter = new Letter(UUID.randomUUID().toString(), upload.text(), original,
                blankToNull(upload.committee()), user, Instant.now(clock));
        return letters.save(letter);
    }

    /** Undoes a registration whose workflow could not start, so nothing half-made is left behind. */
    public void withdraw(String letterId) {
        letters.findById(letterId).ifPresent(letter -> {
            originals.delete(letter.getOriginal());
            letters.delete(letter);
        });
    }

    public ExtractedLetter extract(String text) {
        return reader.read(text);
    }

    public Letter extractFindings(String letterId) {
        Letter letter = get(letterId);
        letter.applyExtraction(reader.read(letter.getText()));
        return letters.save(letter);
    }

    public Letter attachProcess(String letterId, String processInstanceId) {
        Letter letter = get(letterId);
        letter.attachProcess(processInstanceId);
        return letters.save(letter);
    }

    public void reviseFindings(String letterId, List<Finding> revised) {
        Letter letter = get(letterId);
        letter.reviseFindings(revised);
        letters.save(letter);
    }

    public void confirmFindings(String letterId) {
        Letter letter = get(letterId);
        letter.confirmFindings();
        letters.save(letter);
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

    public List<Letter> list() {
        return letters.findAll(Sort.by(Sort.Direction.DESC, "registeredAt"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
