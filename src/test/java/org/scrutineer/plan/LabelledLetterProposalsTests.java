package org.scrutineer.plan;

import org.junit.jupiter.api.Test;
import org.scrutineer.finding.Finding;
import org.scrutineer.finding.LetterReader;
import org.scrutineer.letter.LabelledLetters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions proposed for every finding that calls for action in the labelled letters: each carries all the
 * finding asks, and is titled as a sentence. Prints each finding beside its proposal, to read whether each title
 * reads as something to do.
 */
class LabelledLetterProposalsTests {

    private final LetterReader reader = new LetterReader();

    @Test
    void everyProposalCarriesAllItsFindingAsksUnderATitleThatIsASentence() {
        List<String> report = new ArrayList<>();
        int proposals = 0;
        for (String document : LabelledLetters.documents()) {
            for (Finding f : reader.read(LabelledLetters.text(document)).findings()) {
                if (!f.section().callsForAction()) {
                    continue;
                }
                proposals++;
                ActionWording wording = ActionWording.from(f.text());
                String finding = f.text().strip().replaceAll("\\s+", " ");
                report.add(document.replaceAll("-(inspection|focused|ucra|scrutiny|looked).*", "") + " " + f.id()
                        + "\n    " + finding + "\n  → " + wording.title()
                        + (wording.description() == null ? "" : "\n    + " + wording.description()));

                // a title may drop who is told ("The local authority should …") and gain a verb, nothing more
                String first = finding.substring(0, ActionWording.firstSentenceEnd(finding));
                assertThat(lettersOf(wording.title())).as(document + " " + f.id()).contains(lettersOf(afterWords(first, 6)));
                // and every later sentence that asks something more is in the description
                for (String rest = finding.substring(first.length()).strip(); !rest.isEmpty(); ) {
                    String sentence = rest.substring(0, ActionWording.firstSentenceEnd(rest));
                    if (Instructions.isInstruction(sentence)) {
                        assertThat(lettersOf(wording.description())).as(document + " " + f.id())
                                .contains(lettersOf(afterWords(Instructions.withoutConnective(sentence), 1)));
                    }
                    rest = rest.substring(sentence.length()).strip();
                }
                assertThat(wording.title()).as(document + " " + f.id()).matches("\\p{Lu}.*[.?!…)]")
                        .hasSizeLessThanOrEqualTo(ActionWording.MAX_TITLE);
            }
        }
        System.out.println(String.join("\n", report));
        assertThat(proposals).isGreaterThan(100);
    }

    private static String afterWords(String text, int words) {
        String[] all = text.split(" ");
        return String.join(" ", Arrays.asList(all).subList(Math.min(words, all.length), all.length));
    }

    private static String lettersOf(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
