package org.scrutineer.letter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scrutineer.web.UnsupportedFormat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PDFs built to exhaust the reader, read as an upload is (on the reader's workers, within its limits): each is refused
 * for what it is, none by running out of stack, memory or time unnoticed, and the workers go on to read a letter.
 */
class HostilePdfTests {

    private static final Map<String, byte[]> PDFS = HostilePdfs.all();
    private static final LetterFileReader READER = new LetterFileReader(
            new LetterLimits(200, 2_000_000, Duration.ofSeconds(10)));

    @AfterAll
    static void stopWorkers() {
        READER.destroy();
    }

    @Test
    void nestingPdfboxStopsAtAndLoopsItStepsOutOfLeaveAPageWithoutText() {
        for (String name : new String[] {"nested-array.pdf", "nested-dictionary.pdf", "nested-content.pdf",
                "page-tree-cycle.pdf", "huge-length.pdf", "huge-stream.pdf"}) {
            assertThatThrownBy(() -> read(name)).as(name).isInstanceOfSatisfying(UnreadableLetter.class,
                    e -> assertThat(e.reason()).isEqualTo(UnreadableLetter.Reason.NO_TEXT));
        }
    }

    @Test
    void aPageTreeDeeperThanTheStackIsRefusedAsDamagedAndTheWorkerReadsOn() {
        assertThatThrownBy(() -> read("deep-page-tree.pdf")).isInstanceOf(UnsupportedFormat.class)
                .hasMessageContaining("damaged");
        assertThat(READER.read(TestLetters.pdf(1, "Dear Councillor Smith"), "letter.pdf", null).text())
                .contains("Dear Councillor Smith");
    }

    @Test
    void graphicsStatesSavedOverAndOverAreRefusedBeforeTheyFillTheMemory() {
        assertThatThrownBy(() -> read("deep-save-stack.pdf")).isInstanceOf(UnsupportedFormat.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void pagesPastTheLimitAreRefusedWhateverCountTheFileDeclares() {
        assertThatThrownBy(() -> read("lying-page-count.pdf")).isInstanceOfSatisfying(UnreadableLetter.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableLetter.Reason.TOO_LARGE)).hasMessageContaining("200 pages");
    }

    @Test
    void streamsThatInflatePastTheBudgetAreRefusedBeforeTheyFillTheMemory() {
        for (String name : new String[] {"many-operators.pdf", "form-bomb.pdf", "xref-stream-bomb.pdf"}) {
            assertThatThrownBy(() -> read(name)).as(name).isInstanceOfSatisfying(UnreadableLetter.class,
                    e -> assertThat(e.reason()).isEqualTo(UnreadableLetter.Reason.TOO_LARGE))
                    .hasMessageContaining(String.format(Locale.ROOT, "%,d bytes once decompressed",
                            PdfText.MAX_DECODED_BYTES));
        }
    }

    /**
     * Both workers are given the endless file in turn: had either kept on reading after the time ran out, the pool
     * would have no worker left, and the letter after them would time out too.
     */
    @Test
    void readingThatCannotEndIsStoppedAtTheTimeLimitAndFreesItsWorker() {
        LetterFileReader impatient = new LetterFileReader(new LetterLimits(200, 2_000_000, Duration.ofSeconds(2)));
        try {
            byte[] letter = TestLetters.pdf(1, "Dear Councillor Smith");
            impatient.read(letter, "letter.pdf", null);
            for (int worker = 0; worker < 2; worker++) {
                assertThatThrownBy(() -> impatient.read(PDFS.get(HostilePdfs.ENDLESS), HostilePdfs.ENDLESS, null))
                        .isInstanceOfSatisfying(UnreadableLetter.class,
                                e -> assertThat(e.reason()).isEqualTo(UnreadableLetter.Reason.TOO_SLOW));
            }
            assertThat(impatient.read(letter, "letter.pdf", null).text()).contains("Dear Councillor Smith");
        } finally {
            impatient.destroy();
        }
    }

    private static LetterUpload read(String name) {
        return READER.read(PDFS.get(name), name, null);
    }
}
