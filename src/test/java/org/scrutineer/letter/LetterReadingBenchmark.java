package org.scrutineer.letter;

import org.scrutineer.BenchmarkApp;
import org.scrutineer.finding.LetterReader;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Prints how fast letters are read: text letters per second on one thread, and milliseconds per shared PDF
 * (file to findings). A harness, not a test: timings on shared machines are noise to assert on. Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.letter.LetterReadingBenchmark</pre>
 */
public final class LetterReadingBenchmark {

    private static final String[] TEXT = {"somerset-2011-ucra-letter.txt", "rotherham-2011-ucra-letter.txt",
            "telford-2012-scrutiny-progress-update.txt"};
    private static final String[] PDF = {"wakefield-2018-focused-visit.pdf", "peterborough-2023-focused-visit.pdf",
            "norfolk-2013-looked-after-children-inspection.pdf", "gateshead-2021-focused-visit.pdf",
            "redbridge-2019-focused-visit.pdf", "wandsworth-2024-focused-visit.pdf",
            "staffordshire-2014-sif-inspection-report.pdf", "reading-2016-sif-inspection-report.pdf",
            "wiltshire-2015-sif-inspection-report.pdf", "stockton-on-tees-2016-sif-inspection-report.pdf",
            "wokingham-2023-ilacs-inspection-report.pdf", "salford-2024-ilacs-inspection-report.pdf",
            "wandsworth-2026-ilacs-inspection-report.pdf", "blackburn-with-darwen-2022-ilacs-inspection-report.pdf"};

    public static void main(String[] args) throws IOException {
        LetterReader reader = new LetterReader();
        LetterLimits limits = new LetterLimits(200, 2_000_000, Duration.ofSeconds(10));

        String[] texts = new String[TEXT.length];
        for (int i = 0; i < TEXT.length; i++) {
            texts[i] = new String(bytes(TEXT[i]), java.nio.charset.StandardCharsets.UTF_8);
        }
        int findings = 0;
        for (int warm = 0; warm < BenchmarkApp.size(2_000, 10); warm++) {
            findings += reader.read(texts[warm % texts.length]).findings().size();
        }
        int letters = BenchmarkApp.size(10_000, 20);
        long start = System.nanoTime();
        for (int i = 0; i < letters; i++) {
            findings += reader.read(texts[i % texts.length]).findings().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("text letters: %,.0f letters/s on one thread (%d letters in %.2f s)%n",
                letters / seconds, letters, seconds);

        for (String pdf : PDF) {
            byte[] file = bytes(pdf);
            for (int warm = 0; warm < BenchmarkApp.size(3, 0); warm++) {
                findings += reader.read(LetterText.fromFile(file, pdf, null, limits).text()).findings().size();
            }
            int runs = BenchmarkApp.size(10, 1);
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                findings += reader.read(LetterText.fromFile(file, pdf, null, limits).text()).findings().size();
            }
            System.out.printf("%s: %.0f ms per PDF, file to findings (mean of %d, warm)%n",
                    pdf, (System.nanoTime() - t0) / 1e6 / runs, runs);
        }
        System.out.println("(findings read, so nothing is optimised away: " + findings + ")");
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = LetterReadingBenchmark.class.getResourceAsStream("/letters/" + name)) {
            return in.readAllBytes();
        }
    }
}
