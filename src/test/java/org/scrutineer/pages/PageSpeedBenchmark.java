package org.scrutineer.pages;

import org.scrutineer.Api;
import org.scrutineer.BenchmarkApp;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long each of Scrutineer's pages takes to answer with 500 letters in the store: the letters registered
 * (and, for one of them, a plan of 40 actions live, a cycle reported and its report drafted), then each page asked
 * for 30 times by the person who uses it, signed in through /login as a browser is. Prints the median and the
 * slowest of the last 20 answers (the first 10 warm up), measured from the client on loopback, so an upper bound
 * on the server's time. Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.scrutineer.pages.PageSpeedBenchmark</pre>
 * (an argument sets the number of letters).
 */
public final class PageSpeedBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        try (BenchmarkApp app = BenchmarkApp.start("page-speed")) {
            List<String> owners = app.createOwners(4);
            String text = new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8);
            String body = "{\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text)
                    + ", \"committee\": \"Scrutiny\"}";
            for (int i = 1; i < letters; i++) {
                BenchmarkApp.expect(201, app.post("cora", "/api/letters", body));
            }
            String letterId = app.livePlan(40, owners, 4);
            List<String[]> updates = app.openCycle(letterId, owners, 40);
            for (String[] task : updates) {
                BenchmarkApp.expect(204, app.post(task[0], "/api/tasks/" + task[1] + "/complete",
                        "{\"progress\": \"Audit done\", \"rag\": \"AMBER\", \"percentComplete\": 40}"));
            }
            BenchmarkApp.await("the draft report", () -> app.get("chris", "/api/reports?letterId=" + letterId).json().size() == 1);
            String reportId = app.get("chris", "/api/reports?letterId=" + letterId).json().get(0).path("id").asText();
            String signOff = app.get("chris", "/api/tasks").json().get(0).path("id").asText();

            URI base = URI.create("http://127.0.0.1:" + app.port());
            Map<String, String[]> pages = new LinkedHashMap<>();
            pages.put("/ (coordinator)", new String[]{"cora", "/"});
            pages.put("/ (owner)", new String[]{owners.get(0), "/"});
            pages.put("/ (chair)", new String[]{"chris", "/"});
            pages.put("/letters/new", new String[]{"cora", "/letters/new"});
            pages.put("/letters/{id}", new String[]{"cora", "/letters/" + letterId});
            pages.put("/reports/{id}", new String[]{"chris", "/reports/" + reportId});
            pages.put("/tasks/{id} (sign-off)", new String[]{"chris", "/tasks/" + signOff});
            Map<String, HttpClient> browsers = new LinkedHashMap<>();
            System.out.printf("%d letters in the store; each page 30 times, the last 20 measured:%n", letters);
            for (var page : pages.entrySet()) {
                String user = page.getValue()[0];
                HttpClient browser = browsers.computeIfAbsent(user, u -> signedIn(base, u));
                List<Long> nanos = new ArrayList<>();
                int status = 0;
                for (int i = 0; i < 30; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(base.resolve(page.getValue()[1]))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (i >= 10) {
                        nanos.add(System.nanoTime() - start);
                    }
                    status = answer.statusCode();
                }
                System.out.printf("  %-24s %d  median %6.1f ms  slowest %6.1f ms%n", page.getKey(), status,
                        BenchmarkApp.percentile(nanos, 50), BenchmarkApp.percentile(nanos, 100));
            }
        }
    }

    /** A browser session: the sign-in form fetched for its token, then sent, as a person does it. */
    private static HttpClient signedIn(URI base, String user) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String form = browser.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(form);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String fields = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                    + "&username=" + user + "&password=" + user;
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
            if (signIn.statusCode() != 302) {
                throw new IllegalStateException(user + " could not sign in: " + signIn.statusCode());
            }
            return browser;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
