package org.scrutineer.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.finding.Finding;
import org.scrutineer.finding.LetterReader;

/**
 * Every labelled document in the shared fixtures, read as an upload would be, against its hand-made gold labels
 * (see src/test/resources/letters/README.md): every finding in order with its section, timescale, theme and the
 * start of its text, and the letter's metadata. An inspection report is labelled from its start to the end of its
 * improvement list, and is checked that far.
 */
class GoldLabelTests {

    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LetterReader reader = new LetterReader();

    /** Every document in the fixtures with gold labels beside it. */
    static Stream<String> documents() {
        List<String> labelled = LabelledLetters.documents();
        assertThat(labelled).as("labelled documents").hasSize(17);
        return labelled.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyLabelledFindingIsReadInOrderWithItsSectionTimescaleAndTheme(String document) throws Exception {
        JsonNode gold = gold(document);
        List<String> expected = labels(gold);
        List<String> found = labels(reader.read(text(document)));
        assertThat(found.size()).as("findings read").isGreaterThanOrEqualTo(expected.size());
        if (!labelledAsPrefix(gold)) {
            assertThat(found).hasSameSizeAs(expected);
        }
        for (int i = 0; i < expected.size(); i++) {
            assertThat(matches(found.get(i), expected.get(i))).as(document + " finding F" + (i + 1) + ": read\n  "
                    + found.get(i) + "\nbut the label is\n  " + expected.get(i)).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theMetadataMatchesTheLabels(String document) throws Exception {
        JsonNode gold = gold(document);
        String text = text(document);
        ExtractedLetter read = reader.read(text);

        assertThat(read.inspectorate()).isEqualTo(textOrNull(gold, "inspectorate"));
        assertThat(read.authority()).isEqualTo(textOrNull(gold, "authority"));
        assertThat(read.recipient()).isEqualTo(textOrNull(gold, "recipient"));
        assertThat(read.signatory()).isEqualTo(textOrNull(gold, "signatory"));
        assertThat(read.letterDate() == null ? null : read.letterDate().toString())
                .isEqualTo(printedLetterDate(gold, text));
        assertThat(read.inspectionDates() == null ? null : collapse(read.inspectionDates()))
                .isEqualTo(textOrNull(gold, "inspection_dates"));
        assertThat(read.summaryJudgement()).isEqualTo(textOrNull(gold, "summary_judgement"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyFindingPointsAtWhereItStandsInTheText(String document) {
        String text = text(document);
        int pages = (int) text.chars().filter(c -> c == '\f').count();
        for (Finding f : reader.read(text).findings()) {
            assertThat(f.source()).as(f.id()).isNotNull();
            String quoted = lettersOf(text.substring(f.source().start(), f.source().end()));
            String finding = lettersOf(f.text());
            assertThat(quoted).as(document + " " + f.id()).startsWith(finding.substring(0, Math.min(20, finding.length())))
                    .endsWith(finding.substring(Math.max(0, finding.length() - 12)));
            if (document.endsWith(".pdf")) {
                assertThat(f.source().page()).as(f.id() + " page").isBetween(1, pages);
            } else {
                assertThat(f.source().page()).as(f.id() + " page").isNull();
            }
        }
    }

    @Test
    void aReportIsTitledByItsCover() {
        assertThat(reader.read(text("norfolk-2013-looked-after-children-inspection.pdf")).title())
                .isEqualTo("Inspection of looked after children services");
        assertThat(reader.read(text("wakefield-2018-focused-visit.pdf")).title())
                .isEqualTo("Focused visit to Wakefield Council children\u2019s services");
        assertThat(reader.read(text("wandsworth-2026-ilacs-inspection-report.pdf")).title())
                .isEqualTo("Inspection of Wandsworth local authority children\u2019s services");
        // a cover title wrapped onto lines that start with a capital: whole, as every page's footer repeats it
        assertThat(reader.read(text("wokingham-2023-ilacs-inspection-report.pdf")).title())
                .isEqualTo("Inspection of Wokingham Borough Council local authority children\u2019s services");
        // under the council's name, up to the "and" that joins the board's review
        for (String sif : new String[] {"reading-2016-sif-inspection-report.pdf", "staffordshire-2014-sif-inspection-report.pdf"}) {
            assertThat(reader.read(text(sif)).title()).as(sif).isEqualTo("Inspection of services for children in need of "
                    + "help and protection, children looked after and care leavers");
        }
    }

    @Test
    void aReportsInspectionDatesGiveTheirFirstAndLastDay() {
        ExtractedLetter staffordshire = reader.read(text("staffordshire-2014-sif-inspection-report.pdf"));
        assertThat(staffordshire.inspectionStart()).isEqualTo(LocalDate.of(2014, 1, 14));
        assertThat(staffordshire.inspectionEnd()).isEqualTo(LocalDate.of(2014, 2, 5));
        ExtractedLetter wokingham = reader.read(text("wokingham-2023-ilacs-inspection-report.pdf"));
        assertThat(wokingham.inspectionStart()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(wokingham.inspectionEnd()).isEqualTo(LocalDate.of(2023, 3, 17));
    }

    @Test
    void aPublishersBackPageIsNoFinding() {
        // Wokingham's last page: "T: 0300 123 1231", "Textphone: 0161 618 8524", "E: …", "W: …", "© Crown copyright 2023"
        List<Finding> findings = reader.read(text("wokingham-2023-ilacs-inspection-report.pdf")).findings();
        assertThat(findings).extracting(Finding::text)
                .noneMatch(t -> t.startsWith("Textphone") || t.startsWith("E: ") || t.startsWith("W: ") || t.startsWith("©"));
        assertThat(findings).extracting(Finding::section).doesNotContain(org.scrutineer.finding.Section.UNCLASSIFIED);
    }

    @Test
    void aReportsFindingsGiveThePdfPageTheyStartOn() {
        // PDF pages as a viewer counts them: the report's own printed numbers start two pages later.
        List<Finding> norfolk = reader.read(text("norfolk-2013-looked-after-children-inspection.pdf")).findings();
        assertThat(norfolk.get(0).source().page()).as("paragraph 8, printed page 4").isEqualTo(6);
        assertThat(norfolk.get(7).source().page()).as("the first recommendation, under 'Immediately'").isEqualTo(8);
        assertThat(norfolk.get(15).source().page()).as("a recommendation that runs on to the next page").isEqualTo(8);
        assertThat(norfolk.get(16).source().page()).as("the one after it").isEqualTo(9);
    }

    /** Prints the finding-level F1 over all the labelled documents; the check itself is the test above. */
    @Test
    void printsTheFindingLevelScore() throws Exception {
        int labelled = 0;
        int found = 0;
        int matched = 0;
        List<String> documents = documents().toList();
        for (String document : documents) {
            JsonNode gold = gold(document);
            List<String> expected = labels(gold);
            List<String> read = labels(reader.read(text(document)));
            if (labelledAsPrefix(gold)) {
                read = read.subList(0, Math.min(read.size(), expected.size()));
            }
            labelled += expected.size();
            found += read.size();
            List<String> unmatched = new ArrayList<>(read);
            for (String e : expected) {
                unmatched.stream().filter(r -> matches(r, e)).findFirst().ifPresent(unmatched::remove);
            }
            matched += read.size() - unmatched.size();
        }
        double precision = (double) matched / found;
        double recall = (double) matched / labelled;
        System.out.printf("gold labels of %d documents: %d labelled, %d read, %d right; precision %.3f, recall %.3f,"
                + " F1 %.3f%n", documents.size(), labelled, found, matched, precision, recall,
                2 * precision * recall / (precision + recall));
        assertThat(matched).isEqualTo(labelled);
    }

    /** Reports are labelled from their start to the end of their improvement list; letters and papers in full. */
    private static boolean labelledAsPrefix(JsonNode gold) {
        return "inspection-report".equals(gold.path("kind").asText());
    }

    /**
     * The labelled date where the document prints it. Some reports print none, and their label is the date in the
     * file name the mirror took from Ofsted's publication link: that cannot be read from the document, nor guessed.
     */
    private static String printedLetterDate(JsonNode gold, String text) {
        String label = textOrNull(gold, "letter_date");
        return label != null && collapse(text).contains(LocalDate.parse(label).format(PRINTED_DATE)) ? label : null;
    }

    /**
     * The README gives a finding shorter than 60 characters whole; one Telford label ran on into the next paragraph
     * ("…life story work\n\nProgres"), so a short finding also matches a label that starts with all of it.
     */
    private static boolean matches(String found, String label) {
        return found.startsWith(label) || (found.length() - found.lastIndexOf(" | ") < 63 && label.startsWith(found + " "));
    }

    /** "section | timescale | theme | text", so that a prefix comparison checks all four. */
    private static List<String> labels(JsonNode gold) {
        List<String> labels = new ArrayList<>();
        gold.path("findings").forEach(f -> {
            String section = f.path("section").asText();
            labels.add(("other".equals(section) ? "narrative" : section) + " | " + textOrNull(f, "timescale") + " | "
                    + textOrNull(f, "theme") + " | " + collapse(f.path("text_start").asText()));
        });
        return labels;
    }

    private static List<String> labels(ExtractedLetter letter) {
        List<String> labels = new ArrayList<>();
        for (Finding f : letter.findings()) {
            labels.add(f.section().json() + " | " + (f.timescale() == null ? null : f.timescale().json()) + " | "
                    + f.theme() + " | " + collapse(f.text()));
        }
        return labels;
    }

    private static String text(String document) {
        return LabelledLetters.text(document);
    }

    private static JsonNode gold(String document) {
        return LabelledLetters.gold(document);
    }

    private static String lettersOf(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String collapse(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
