package org.scrutineer.finding;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Reads an inspection letter's plain text (as OCR or PDF extraction gives it) into its metadata and its findings.
 * It works from the letters' structure — findings headings, bullets, the salutation, the sign-off — not from any
 * letter's wording, so that it holds for letters it has not seen.
 */
@Component
public class LetterReader {

    /** Never throws: text it cannot make sense of gives a letter with null metadata and no findings. */
    public ExtractedLetter read(String text) {
        try {
            return extract(text);
        } catch (RuntimeException e) {
            // One malformed document must not stop a batch of uploads; an empty reading shows it needs a person.
            return new ExtractedLetter(null, null, null, null, null, null, null, null, List.of());
        }
    }

    /** The reading itself, unguarded so that tests see any failure. */
    ExtractedLetter extract(String text) {
        List<String> lines = LetterCleaner.lines(text);
        List<LetterBlock> blocks = LetterBlock.split(lines);
        List<Finding> findings = List.copyOf(FindingCollector.collect(blocks));
        return LetterMetadataReader.read(lines, blocks, findings);
    }
}
