package org.scrutineer.report;

import org.scrutineer.BenchmarkApp;
import org.scrutineer.finding.Timescale;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;
import org.scrutineer.report.ReportView.FindingQuote;
import org.scrutineer.report.ReportView.FindingView;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how long a report of 20, 200 and 2,000 actions (each with a 1,000-character progress narrative) takes to
 * render on a warm JVM, and the peak heap in use while it does. A harness, not a test: timings on shared machines
 * are noise to assert on. Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.report.ReportRenderingBenchmark</pre>
 * and, to prove the heap bound rather than estimate it, with {@code MAVEN_OPTS=-Xmx256m} in front. Give a folder
 * as the argument ({@code -Dexec.args=target/bench}) to keep the PDFs for looking at.
 */
public final class ReportRenderingBenchmark {

    private static final int[] SIZES = BenchmarkApp.SMOKE ? new int[] {5} : new int[] {20, 200, 2_000};
    private static final int NARRATIVE = 1_000;
    private static final String[] THEMES = {"Case recording", "Supervision and appraisal", "Workforce capacity",
            "Partnership working", null};
    private static final String[] OWNERS = {"Renée Dupré, Service Manager", "Zoë Béranger, Head of Quality",
            "Chris O’Connor, Assistant Director", "Siân Llewelyn – Workforce Lead"};

    public static void main(String[] args) throws IOException {
        ReportRenderer renderer = new ReportRenderer();
        Path keep = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : null;

        ReportView warmUp = view(BenchmarkApp.size(200, 5));
        for (int i = 0; i < BenchmarkApp.size(15, 1); i++) {
            renderer.render(warmUp);
        }
        System.out.printf("Java %s, max heap %d MB%n", Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        for (int size : SIZES) {
            ReportView view = view(size);
            int runs = size >= 2_000 ? 3 : 10;
            long bytes = 0;
            resetPeakHeap();
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                bytes = renderer.render(view).length;
            }
            double ms = (System.nanoTime() - start) / 1e6 / runs;
            long peakMb = peakHeapUsed() >> 20;
            System.out.printf("%,5d actions: %,7.0f ms per render (mean of %d, warm), peak heap in use %4d MB, "
                    + "PDF %,d KB%n", size, ms, runs, peakMb, bytes >> 10);
            if (keep != null) {
                Files.write(keep.resolve("report-" + size + ".pdf"), renderer.render(view));
            }
        }
        System.out.println("(peak heap: the highest heap in use, garbage included, since the size's first render; "
                + "an upper bound on what rendering needs)");
    }

    /** A plan of this many actions spread over the timescales and themes, each reported on this cycle. */
    static ReportView view(int actions) {
        List<ActionView> views = new ArrayList<>();
        List<FindingView> findings = new ArrayList<>();
        Timescale[] timescales = {Timescale.IMMEDIATE, Timescale.THREE_MONTHS, Timescale.SIX_MONTHS, null};
        Rag[] rags = {Rag.GREEN, Rag.AMBER, Rag.RED, Rag.GREEN, null};
        for (int i = 1; i <= actions; i++) {
            Timescale timescale = timescales[i % timescales.length];
            String theme = THEMES[i % THEMES.length];
            String findingId = "F" + i;
            String finding = "Finding " + i + ": decisions on cases, including closure, are not always fully "
                    + "documented with clear analysis, outcomes and contingency plans.";
            findings.add(new FindingView(findingId, "Area for development", true, finding, timescale, theme,
                    List.of("A" + i)));
            LocalDate original = LocalDate.of(2011, 8, 5).plusDays(i % 200);
            views.add(new ActionView("A" + i, timescale, theme, List.of(new FindingQuote(findingId, finding)),
                    "Action " + i + ": record every case decision with its reasons",
                    "Team managers record the rationale for each decision on the case file using the revised template.",
                    OWNERS[i % OWNERS.length], original, i % 7 == 0 ? original.plusMonths(2) : original,
                    "95% of audited closures show analysis, outcome and contingency plan.",
                    rags[i % rags.length], (i * 13) % 101, i % 9 == 0, narrative(i), "Case files now show why a "
                    + "case was closed; £1,250 saved on agency time – “a real change”, says the team.",
                    i % 11 == 0 ? "Please bring the audit figures to the next meeting." : null));
        }
        List<ActionState> before = views.stream().skip(actions / 10).map(a -> new ActionState(a.actionId(), a.title(),
                Rag.GREEN, 10, Standing.ON_TRACK, a.originalDueDate(), a.originalDueDate())).toList();
        Changes changes = Changes.between(1, LocalDate.of(2011, 7, 20), before,
                views.stream().map(a -> ActionState.of(a, LocalDate.of(2011, 9, 7))).toList());
        return new ReportView("Annual unannounced inspection of contact, referral and assessment arrangements",
                "Ofsted", "4 and 5 May 2011", "Somerset County Council", "Children and Young People Scrutiny Committee",
                LocalDate.of(2011, 9, 20), LocalDate.of(2011, 9, 7), 2, 1, null, views, changes, findings);
    }

    private static String narrative(int action) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 1; text.length() < NARRATIVE; sentence++) {
            text.append("Action ").append(action).append(", step ").append(sentence)
                    .append(": the north area team reviewed its caseloads and agreed next steps with Zoë’s team. ");
        }
        return text.substring(0, NARRATIVE).strip();
    }

    private static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
