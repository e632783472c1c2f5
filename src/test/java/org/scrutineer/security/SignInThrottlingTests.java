package org.scrutineer.security;

import org.scrutineer.Api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Wrong passwords slow a sign-in down, per user and per client address, at every door (our API and /engine-rest over
 * HTTP Basic, the webapps' login), and never lock anyone for good; an administrator lifts the wait at once. The
 * throttle's clock is moved by hand, so no test waits out a delay (the defaults: 3 free failures per user, 20 per
 * address, then 1 s doubling up to 30 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInThrottlingTests {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestClock clock;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void forgetEarlierFailures() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void elevenWrongPasswordsForOwenSlowHimDownButNeverLockHim() throws Exception {
        for (int i = 0; i < 11; i++) {
            clock.advance(LONGEST_WAIT);
            assertThat(call("owen", "guess-" + i, get("/api/tasks")).getStatus()).as("guess " + i).isEqualTo(401);
        }
        MockHttpServletResponse slowed = call("owen", "owen", get("/api/tasks"));
        JsonNode problem = assertProblem(slowed, 429);
        assertThat(slowed.getHeader("Retry-After")).isEqualTo("30");
        assertThat(problem.path("detail").asText()).contains("not locked");

        clock.advance(LONGEST_WAIT);
        assertThat(call("owen", "owen", get("/api/tasks")).getStatus()).as("the right password, after the wait").isEqualTo(200);
        assertThat(call("owen", "wrong", get("/api/tasks")).getStatus()).as("a success forgets the failures").isEqualTo(401);
        assertThat(call("owen", "owen", get("/api/tasks")).getStatus()).isEqualTo(200);
    }

    @Test
    void theAdminTooThroughEngineRest() throws Exception {
        String tasks = "/engine-rest/engine/" + engine.getName() + "/task";
        for (int i = 0; i < 12; i++) {
            clock.advance(LONGEST_WAIT);
            assertThat(basic("admin", "guess-" + i, tasks).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> slowed = basic("admin", "admin", tasks);
        assertThat(slowed.statusCode()).as(slowed.body()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("30");
        clock.advance(LONGEST_WAIT);
        assertThat(basic("admin", "admin", tasks).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorLiftsTheWaitAtOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            clock.advance(LONGEST_WAIT);
            call("olive", "guess-" + i, get("/api/tasks"));
        }
        assertProblem(call("olive", "olive", get("/api/tasks")), 429);

        assertProblem(call("owen", "owen", post("/api/users/olive/unlock")), 403);
        assertProblem(call("admin", "admin", post("/api/users/nobody-here/unlock")), 404);
        assertThat(call("admin", "admin", post("/api/users/olive/unlock")).getStatus()).isEqualTo(204);

        assertThat(call("olive", "olive", get("/api/tasks")).getStatus()).isEqualTo(200);
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedDownWhoeverItNames() throws Exception {
        for (int i = 0; i < 21; i++) {
            call("made-up-" + i, "guess", get("/api/tasks"), "203.0.113.7");
        }
        assertProblem(call("cora", "cora", get("/api/tasks"), "203.0.113.7"), 429);
        assertThat(call("cora", "cora", get("/api/tasks"), "198.51.100.20").getStatus()).as("from elsewhere").isEqualTo(200);
        clock.advance(Duration.ofSeconds(2));
        assertThat(call("cora", "cora", get("/api/tasks"), "203.0.113.7").getStatus()).as("after the wait").isEqualTo(200);
    }

    @Test
    void theWebappsLoginIsThrottledWithTheSameMemory() throws Exception {
        // failures at the webapps' login count, and so do those over Basic
        for (int i = 0; i < 4; i++) {
            clock.advance(LONGEST_WAIT);
            assertThat(webappLogin("chris", "guess-" + i).statusCode()).as("guess " + i).isEqualTo(401);
        }
        HttpResponse<String> slowed = webappLogin("chris", "chris");
        assertThat(slowed.statusCode()).as(slowed.body()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
        assertProblem(call("chris", "chris", get("/api/tasks")), 429);

        for (int i = 0; i < 8; i++) {
            clock.advance(LONGEST_WAIT);
            call("chris", "guess-" + i, get("/api/tasks"));
        }
        clock.advance(LONGEST_WAIT);
        HttpResponse<String> signedIn = webappLogin("chris", "chris");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    }

    /** The page's sign-in says how long to wait in words and, as the API's does, in {@code Retry-After}. */
    @Test
    void thePagesSignInSaysHowLongToWaitInRetryAfter() throws Exception {
        for (int i = 0; i < 4; i++) {
            clock.advance(LONGEST_WAIT);
            assertThat(pageSignIn("cora", "guess-" + i).getStatus()).as("guess " + i).isEqualTo(401);
        }
        MockHttpServletResponse slowed = pageSignIn("cora", "cora");
        assertThat(slowed.getStatus()).isEqualTo(429);
        assertThat(slowed.getContentAsString()).contains("wait 1 seconds");
        assertThat(slowed.getHeader("Retry-After")).isEqualTo("1");
        clock.advance(LONGEST_WAIT);
        assertThat(pageSignIn("cora", "cora").getStatus()).as("signed in after the wait").isEqualTo(302);
    }

    private MockHttpServletResponse pageSignIn(String user, String password) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse call(String user, String password, MockHttpServletRequestBuilder request) throws Exception {
        return call(user, password, request, "127.0.0.1");
    }

    private MockHttpServletResponse call(String user, String password, MockHttpServletRequestBuilder request,
                                         String address) throws Exception {
        return mvc.perform(request.with(httpBasic(user, password)).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    private JsonNode assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).contains("application/problem+json");
        return json.readTree(response.getContentAsByteArray());
    }

    private HttpResponse<String> basic(String user, String password, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Tasklist's login, as its page sends it: the session's XSRF token first, then the form. */
    private HttpResponse<String> webappLogin(String user, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        return browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/" + engine.getName() + "/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
