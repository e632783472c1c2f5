package org.scrutineer.overview;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal by the security chain and an unknown letter or report, in a real browser's terms: on a real port, where
 * the container's error page answers (MockMvc only sees the status). Same context as MalformedAddressesTests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.auth.cache.time-to-live=0")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ErrorPagesOnARealPortTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void anOwnerOpeningALetterGetsAPageSayingItIsNotTheirsAndUnknownIdsGetNotFoundPages() throws Exception {
        HttpClient api = HttpClient.newHttpClient();
        HttpResponse<String> registered = api.send(HttpRequest.newBuilder(uri("/api/letters"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cora:cora".getBytes()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Ofsted letter to Somerset County Council\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).isEqualTo(201);
        String letterId = registered.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        HttpResponse<String> owners = signedIn("olive").send(get("/letters/" + letterId), HttpResponse.BodyHandlers.ofString());
        assertThat(owners.statusCode()).isEqualTo(403);
        assertThat(owners.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(owners.body()).contains("<h1 class=\"govuk-heading-l\">You cannot open this page</h1>", "Go to your home page")
                .contains("it is for another role").doesNotContain("someone else");

        HttpClient cora = signedIn("cora");
        for (String path : new String[]{"/letters/no-such-letter", "/reports/no-such-report"}) {
            HttpResponse<String> missing = cora.send(get(path), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>");
        }
    }

    /**
     * An address that is no page at all still shows who is signed in, with a way home and a sign-out that works, under
     * the pages' headers; someone not signed in is asked to sign in first, as for any page.
     */
    @Test
    void anUnknownAddressIsAPageNotFoundThatKeepsThePersonSignedIn() throws Exception {
        HttpClient browser = signedIn("cora");
        HttpResponse<String> cora = browser.send(get("/no-such-page"), HttpResponse.BodyHandlers.ofString());
        assertThat(cora.statusCode()).isEqualTo(404);
        assertThat(cora.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", "Sign out Cora Coordinator");
        assertThat(cora.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(cora.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher token = CSRF.matcher(cora.body());
        assertThat(token.find()).as("the sign-out form has its token").isTrue();
        HttpResponse<String> signedOut = browser.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
        assertThat(browser.send(get("/"), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElse(""))
                .as("signed out").contains("/login?next=");

        HttpResponse<String> nobody = HttpClient.newHttpClient().send(get("/no-such-page"), HttpResponse.BodyHandlers.ofString());
        assertThat(nobody.statusCode()).isEqualTo(302);
        assertThat(nobody.headers().firstValue("Location").orElse("")).contains("/login?next=%2Fno-such-page");
    }

    /** A browser that signed in at /login, with its session cookie. */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).as("the sign-in form has a CSRF token").isTrue();
        String body = "username=" + user + "&password=" + user + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as(user + " signs in").isEqualTo(302);
        return browser;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
