package org.scrutineer.overview;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.Api;
import org.scrutineer.BenchmarkApp;
import org.scrutineer.letter.LetterService;
import org.scrutineer.people.People;
import org.scrutineer.web.Paging;
import org.scrutineer.workflow.OpenWork;
import org.springframework.core.env.Environment;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.scrutineer.BenchmarkApp.expect;

/**
 * How long the overview pages take on the server with 500 letters in the store: printed, not asserted (timings on a
 * shared machine are noise to assert on). Of the 500, {@code LIVE} have a live plan of ten actions for ten owners
 * with a cycle open and half its updates in, {@code WAITING} of those a draft waiting for the chair, and the rest
 * are registered and waiting for their findings' review. Each page is fetched over HTTP in a signed-in session, after
 * a warm-up; the MongoDB commands each page sends are counted.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.overview.PagesBenchmark</pre>
 */
public final class PagesBenchmark {

    private static final int LETTERS = Integer.getInteger("bench.letters", 500);
    private static final int LIVE = Integer.getInteger("bench.live", 30);
    private static final int WAITING = Math.min(5, LIVE);
    private static final int ACTIONS = 10;
    private static final int RUNS = BenchmarkApp.size(20, 2);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchmarkApp app = BenchmarkApp.start("pages")) {
            List<String> owners = app.createOwners(ACTIONS);
            long seeding = System.nanoTime();
            List<String> live = new ArrayList<>();
            String report = null;
            for (int i = 0; i < LIVE; i++) {
                String letterId = app.livePlan(ACTIONS, owners, 4);
                List<String[]> updates = app.openCycle(letterId, owners, ACTIONS);
                int reporting = i < WAITING ? ACTIONS : ACTIONS / 2;
                BenchmarkApp.inParallel(4, updates.subList(0, reporting), t -> expect(204, app.post(t[0],
                        "/api/tasks/" + t[1] + "/complete", "{\"progress\": \"Audit done\", \"rag\": \"AMBER\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 40}")));
                if (i < WAITING) {
                    BenchmarkApp.await("the draft", () -> app.get("chris", "/api/reports?letterId=" + letterId).json().size() > 0);
                    report = app.get("chris", "/api/reports?letterId=" + letterId).json().get(0).path("id").asText();
                }
                live.add(letterId);
            }
            String text = new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8);
            String body = JSON.createObjectNode().put("text", text).toString();
            BenchmarkApp.inParallel(4, IntStream.range(LIVE, LETTERS).boxed().toList(),
                    i -> expect(201, app.post("cora", "/api/letters", body)));
            System.out.printf("seeded %d letters (%d live plans of %d actions, %d drafts waiting) in %d s%n", LETTERS,
                    LIVE, ACTIONS, WAITING, (System.nanoTime() - seeding) / 1_000_000_000);

            URI base = URI.create("http://127.0.0.1:" + app.bean(Environment.class).getProperty("local.server.port"));
            HttpClient cora = signedIn(base, "cora");
            HttpClient owner = signedIn(base, owners.get(0));
            HttpClient chris = signedIn(base, "chris");
            String letter = live.get(live.size() - 1);
            Map<String, HttpClient> who = Map.of("cora", cora, owners.get(0), owner, "chris", chris);
            List<String[]> pages = List.of(
                    new String[]{"cora", "/"},
                    new String[]{"cora", "/?page=20"},
                    new String[]{"cora", "/letters/" + letter},
                    new String[]{"cora", "/letters/" + letter + "?overdue=true&sort=due"},
                    new String[]{"cora", "/reports/" + report},
                    new String[]{owners.get(0), "/"},
                    new String[]{"chris", "/"},
                    new String[]{"chris", "/reports/" + report});
            System.out.printf("%-60s %8s %8s %8s %s%n", "page (as)", "p50 ms", "p95 ms", "max ms", "MongoDB commands");
            for (String[] page : pages) {
                HttpClient client = who.get(page[0]);
                for (int i = 0; i < 5; i++) {
                    fetch(client, base, page[1]);
                }
                BenchmarkApp.resetCounts();
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    nanos.add(fetch(client, base, page[1]));
                }
                long mongo = BenchmarkApp.counts().entrySet().stream().filter(e -> e.getKey().startsWith("request mongo:"))
                        .mapToLong(Map.Entry::getValue).sum() / RUNS;
                System.out.printf("%-60s %8.0f %8.0f %8.0f %d%n", shorten(page[1]) + " (" + page[0] + ")",
                        BenchmarkApp.percentile(nanos, 50), BenchmarkApp.percentile(nanos, 95),
                        BenchmarkApp.percentile(nanos, 100), mongo);
            }
            breakdown(app);
        }
    }

    /** Where a coordinator's home page spends its time on the server, part by part, called in this thread. */
    private static void breakdown(BenchmarkApp app) {
        CoordinatorDashboard dashboard = app.bean(CoordinatorDashboard.class);
        OpenWork work = app.bean(OpenWork.class);
        People people = app.bean(People.class);
        LetterService letters = app.bean(LetterService.class);
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        parts.put("a page of 20 letters' summaries", () -> letters.list(Paging.of(0, 20)));
        parts.put("the dashboard, every read and count", () -> dashboard.of(0, LocalDate.now(), new Names(people)));
        parts.put("cora's first 20 of her tasks", () -> work.of("cora", List.of("coordinators"), Paging.of(0, 20)));
        System.out.printf("%n%-60s %8s%n", "part of cora's home, in-process", "p50 ms");
        parts.forEach((what, call) -> {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < 5 + RUNS; i++) {
                long start = System.nanoTime();
                call.get();
                if (i >= 5) {
                    nanos.add(System.nanoTime() - start);
                }
            }
            System.out.printf("%-60s %8.1f%n", what, BenchmarkApp.percentile(nanos, 50));
        });
    }

    private static long fetch(HttpClient client, URI base, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode());
        }
        return nanos;
    }

    private static HttpClient signedIn(URI base, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String body = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        int status = browser.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException(user + " could not sign in: " + status);
        }
        return browser;
    }

    private static String shorten(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
    }
}
