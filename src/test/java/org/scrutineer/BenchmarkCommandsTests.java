package org.scrutineer;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every benchmark the README names still runs to its end and prints its figures, each in a child JVM on a few of
 * each thing it measures ({@code bench.smoke}). The figures are never asserted (a shared machine's timings are
 * noise), but a benchmark that stopped working fails here: PagesBenchmark once stopped at its first cycle when the
 * RAG check began refusing its updates, and nothing noticed until someone ran it.
 */
class BenchmarkCommandsTests {

    static Stream<Arguments> benchmarks() {
        return Stream.of(
                Arguments.of("org.scrutineer.workflow.CompletionCostBenchmark", List.of(), List.of(),
                        "api against engine:"),
                Arguments.of("org.scrutineer.workflow.ConcurrentCompletionsBenchmark", List.of(), List.of(),
                        "4 updates of one cycle from 4 threads: 0 refused"),
                Arguments.of("org.scrutineer.store.DiskGrowthBenchmark", List.of(), List.of("2"),
                        "stopped: documents.mv"),
                Arguments.of("org.scrutineer.overview.PagesBenchmark", List.of("-Dbench.letters=4", "-Dbench.live=2"),
                        List.of(), "the dashboard, every read and count"),
                Arguments.of("org.scrutineer.report.ReportRenderingBenchmark", List.of(), List.of(),
                        "5 actions:"),
                Arguments.of("org.scrutineer.letter.LetterReadingBenchmark", List.of(), List.of(),
                        "blackburn-with-darwen-2022-ilacs-inspection-report.pdf:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void runsToItsEndAndPrintsItsFigures(String mainClass, List<String> properties, List<String> args,
                                         String printed, @TempDir Path home) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m", "-Dbench.smoke=true"));
        command.addAll(properties);
        command.addAll(List.of("-cp", ChildApp.absoluteClasspath(), mainClass));
        command.addAll(args);
        Path output = home.resolve("output.txt");
        Process benchmark = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean ended = benchmark.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            benchmark.destroyForcibly().waitFor();
        }
        String printedOut = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("ended within four minutes:%n%s", tail(printedOut)).isTrue();
        assertThat(benchmark.exitValue()).as("exit code:%n%s", tail(printedOut)).isZero();
        assertThat(printedOut).contains(printed);
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 4_000));
    }
}
