package org.scrutineer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every benchmark the README names still runs to its end and prints its figures, each in a child JVM on a few of
 * each thing it measures ({@code bench.smoke}). The figures are never asserted (a shared machine's timings are
 * noise), but a benchmark that stopped working fails here: PagesBenchmark once stopped at its first cycle when the
 * RAG check began refusing its updates, and nothing noticed until someone ran it.
 *
 * <p>The children run two at a time: each spends most of its life starting Spring on one core, and one after
 * another they were the suite's slowest class.
 */
class BenchmarkCommandsTests {

    record Benchmark(String mainClass, List<String> properties, List<String> args, String printed) {
    }

    record Run(boolean ended, int exitValue, String printed) {
    }

    static final List<Benchmark> BENCHMARKS = List.of(
            new Benchmark("org.scrutineer.workflow.CompletionCostBenchmark", List.of(), List.of(),
                    "api against engine:"),
            new Benchmark("org.scrutineer.workflow.ConcurrentCompletionsBenchmark", List.of(), List.of(),
                    "4 updates of one cycle from 4 threads: 0 refused"),
            new Benchmark("org.scrutineer.store.DiskGrowthBenchmark", List.of(), List.of("2"),
                    "stopped: documents.mv"),
            new Benchmark("org.scrutineer.overview.PagesBenchmark", List.of("-Dbench.letters=4", "-Dbench.live=2"),
                    List.of(), "the dashboard, every read and count"),
            new Benchmark("org.scrutineer.report.ReportRenderingBenchmark", List.of(), List.of(),
                    "5 actions:"),
            new Benchmark("org.scrutineer.letter.LetterReadingBenchmark", List.of(), List.of(),
                    "blackburn-with-darwen-2022-ilacs-inspection-report.pdf:"));

    @TestFactory
    Stream<DynamicTest> eachRunsToItsEndAndPrintsItsFigures(@TempDir Path home) {
        ExecutorService twoAtATime = Executors.newFixedThreadPool(2);
        List<Future<Run>> runs = new ArrayList<>();
        for (int i = 0; i < BENCHMARKS.size(); i++) {
            Benchmark benchmark = BENCHMARKS.get(i);
            Path own = home.resolve(String.valueOf(i));
            runs.add(twoAtATime.submit(() -> run(benchmark, own)));
        }
        twoAtATime.shutdown();
        return Stream.iterate(0, i -> i < BENCHMARKS.size(), i -> i + 1).map(i -> DynamicTest.dynamicTest(
                BENCHMARKS.get(i).mainClass(), () -> {
                    Run run = runs.get(i).get();
                    assertThat(run.ended()).as("ended within four minutes:%n%s", tail(run.printed())).isTrue();
                    assertThat(run.exitValue()).as("exit code:%n%s", tail(run.printed())).isZero();
                    assertThat(run.printed()).contains(BENCHMARKS.get(i).printed());
                }));
    }

    private static Run run(Benchmark benchmark, Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m", "-Dbench.smoke=true"));
        command.addAll(benchmark.properties());
        command.addAll(List.of("-cp", ChildApp.absoluteClasspath(), benchmark.mainClass()));
        command.addAll(benchmark.args());
        Path output = home.resolve("output.txt");
        Process child = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean ended = child.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        return new Run(ended, child.exitValue(), read(output));
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 4_000));
    }
}
