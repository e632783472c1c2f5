package org.scrutineer.finding;

import java.util.ArrayList;
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
            return ExtractedLetter.empty();
        }
    }

    /** The reading itself, unguarded so that tests see any failure. */
    ExtractedLetter extract(String text) {
        LetterCleaner.Cleaned cleaned = LetterCleaner.clean(text);
        List<String> lines = cleaned.lines();
        List<LetterBlock> blocks = LetterBlock.split(lines);
        List<FindingCollector.Item> items = FindingCollector.collect(blocks);
        String focus = InspectionFocus.in(preamble(blocks, items));
        FindingSources sources = new FindingSources(text == null ? "" : text);
        List<Finding> findings = new ArrayList<>(items.size());
        for (FindingCollector.Item item : items) {
            String theme = item.theme() != null ? item.theme() : focus;
            String t = item.block().text();
            findings.add(new Finding("F" + (findings.size() + 1), item.section(), t, item.timescale(), theme,
                    sources.locate(t)));
        }
        return LetterMetadataReader.read(lines, cleaned.running(), blocks, List.copyOf(findings));
    }

    /** The introduction before the first finding: where a letter says what the inspection looked at. */
    private static String preamble(List<LetterBlock> blocks, List<FindingCollector.Item> items) {
        StringBuilder b = new StringBuilder();
        LetterBlock firstFinding = items.isEmpty() ? null : items.get(0).block();
        for (LetterBlock block : blocks) {
            if (block == firstFinding || (block.kind() == LetterBlock.Kind.HEADING && block.heading().opensSection())) {
                break;
            }
            b.append(block.text()).append(block.text().endsWith(".") ? " " : ". ");
        }
        return b.toString();
    }
}
