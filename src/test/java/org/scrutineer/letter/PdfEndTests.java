package org.scrutineer.letter;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF cut off part-way is told from a whole one by its end, even with "%%EOF" put back on it. */
class PdfEndTests {

    @Test
    void everyRealLetterEndsAsAWholePdfDoes() throws IOException {
        List<Path> letters;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/letters"))) {
            letters = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(letters).isNotEmpty();
        for (Path letter : letters) {
            assertThat(PdfText.endsAsAPdfEnds(Files.readAllBytes(letter))).as(letter.getFileName().toString()).isTrue();
        }
    }

    @Test
    void aCutOffPdfIsRefusedWithItsEndPutBackOrForged() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("src/test/resources/letters/wakefield-2018-focused-visit.pdf"));
        byte[] cut = Arrays.copyOf(whole, whole.length / 3);

        assertThat(PdfText.endsAsAPdfEnds(cut)).isFalse();
        assertThat(PdfText.endsAsAPdfEnds(append(cut, "\n%%EOF\n"))).as("%%EOF put back").isFalse();
        assertThat(PdfText.endsAsAPdfEnds(append(cut, "\nstartxref\n" + whole.length + "\n%%EOF\n")))
                .as("pointing past the end").isFalse();
        assertThat(PdfText.endsAsAPdfEnds(append(cut, "\nstartxref\n" + cut.length / 2 + "\n%%EOF\n")))
                .as("pointing at no cross-reference").isFalse();
    }

    private static byte[] append(byte[] bytes, String end) {
        byte[] tail = end.getBytes(StandardCharsets.ISO_8859_1);
        byte[] joined = Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, joined, bytes.length, tail.length);
        return joined;
    }
}
