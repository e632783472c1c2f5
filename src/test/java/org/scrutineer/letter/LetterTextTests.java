package org.scrutineer.letter;

import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.web.UnsupportedFormat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How each format's bytes become the text the letter reader gets, and the bounds on reading them. */
class LetterTextTests {

    private static final LetterLimits LIMITS = new LetterLimits(200, 2_000_000, Duration.ofSeconds(10));

    @Test
    void textIsDecodedByItsBomElseAsUtf8ElseAsWindows1252() {
        String text = "Dear Mrs Goll,\n\u2018Somerset Direct\u2019 costs \u00A3120 \u2013 caf\u00E9";
        assertThat(read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
        assertThat(read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
        assertThat(read(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
        assertThat(upload(text.getBytes(Charset.forName("windows-1252"))).contentType()).isEqualTo("text/plain; charset=windows-1252");
        assertThat(upload(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)).contentType()).isEqualTo("text/plain; charset=UTF-16LE");
    }

    @Test
    void aWebPageGivesParagraphsAndBulletsAndLeavesOutWhatIsNotShown() {
        String html = """
                <!-- saved from the inspectorate's site -->
                <!DOCTYPE html><html><head><title>Letter</title><style>li { color: red }</style></head>
                <body><nav>Home &gt; Reports</nav>
                <h2>Areas for development</h2>
                <ul><li><p>Case recording is not
                    always up to date.</p></li><li>Chronologies are <b>incomplete</b>.</li></ul>
                <p>Yours sincerely<br>Jane Doe</p><script>track('Areas for priority action')</script>
                </body></html>""";
        assertThat(read(html.getBytes(StandardCharsets.UTF_8))).isEqualTo("""
                Areas for development

                \u2022 Case recording is not always up to date.
                \u2022 Chronologies are incomplete.

                Yours sincerely
                Jane Doe""");
        assertThat(upload(html.getBytes(StandardCharsets.UTF_8)).filename()).isEqualTo("letter.html");
    }

    @Test
    void pastedTextWithAStrayTagIsStillText() {
        String text = "Areas for development\n<ul style=\"list-style-type: none\"> \u25AA First point.</ul>";
        assertThat(upload(text.getBytes(StandardCharsets.UTF_8)).contentType()).startsWith("text/plain");
    }

    @Test
    void binaryFilesAreRefusedAsNotText() {
        byte[] binary = new byte[4096];
        new java.util.Random(3).nextBytes(binary);
        binary[0] = 'x';
        assertThatThrownBy(() -> upload(binary)).isInstanceOf(UnsupportedFormat.class).hasMessageContaining("not text");
        assertThatThrownBy(() -> upload(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0})).isInstanceOf(UnsupportedFormat.class).hasMessageContaining("old Word (.doc)");
    }

    @Test
    void theCharacterLimitHoldsForEveryFormat() {
        LetterLimits small = new LetterLimits(200, 1000, Duration.ofSeconds(10));
        String words = "The council agreed. ".repeat(100);
        for (byte[] bytes : new byte[][] {words.getBytes(StandardCharsets.UTF_8), TestLetters.docx(words),
                TestLetters.html(words).getBytes(StandardCharsets.UTF_8), TestLetters.pdf(3, words.substring(0, 500))}) {
            assertThatThrownBy(() -> LetterText.fromFile(bytes, null, null, small))
                    .isInstanceOfSatisfying(UnreadableLetter.class, e -> assertThat(e.reason()).isEqualTo(UnreadableLetter.Reason.TOO_LARGE))
                    .hasMessageContaining("1,000 characters");
        }
    }

    @Test
    void readingThatTakesTooLongIsAbandonedWithAProblem() {
        LetterFileReader impatient = new LetterFileReader(new LetterLimits(200, 2_000_000, Duration.ofNanos(1)));
        try {
            byte[] report = Api.resource("/letters/norfolk-2013-looked-after-children-inspection.pdf");
            assertThatThrownBy(() -> impatient.read(report, "report.pdf", null))
                    .isInstanceOfSatisfying(UnreadableLetter.class, e -> assertThat(e.reason()).isEqualTo(UnreadableLetter.Reason.TOO_SLOW))
                    .hasMessageContaining("paste the letter's text");
        } finally {
            impatient.destroy();
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        byte[] bomb = TestLetters.zip("word/document.xml", "");
        byte[] huge = zipOfZeros(DocxText.MAX_UNZIPPED_BYTES + 1);
        assertThat(huge.length).isLessThan(1_000_000);
        assertThatThrownBy(() -> upload(huge)).isInstanceOfSatisfying(UnreadableLetter.class,
                e -> assertThat(e.reason()).isEqualTo(UnreadableLetter.Reason.TOO_LARGE));
        assertThatThrownBy(() -> upload(bomb)).isInstanceOf(UnsupportedFormat.class);
    }

    private static byte[] zipOfZeros(long size) {
        try (var out = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LetterUpload upload(byte[] bytes) {
        return LetterText.fromFile(bytes, null, null, LIMITS);
    }

    private static String read(byte[] bytes) {
        return upload(bytes).text();
    }
}
