package org.scrutineer.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie, on a real port (Camunda's doors are out of MockMvc's reach): made SameSite=Lax, so another
 * site's page cannot send it with a form it posts or a frame it opens; and made only where a session is needed, so a
 * script signing in with HTTP Basic is given none to keep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private final HttpClient client = HttpClient.newHttpClient();

    /** Our sign-in page's session and the one the webapps start (for their CSRF token) alike, said once. */
    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        for (String path : List.of("/login", "/camunda/api/engine/engine/")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(url(path)).GET(), null);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(sessionCookies(answer)).as(path).singleElement().satisfies(cookie -> {
                assertThat(cookie).containsIgnoringCase("HttpOnly");
                assertThat(cookie.split("(?i)SameSite=Lax", -1)).as(cookie).hasSize(2);
            });
        }
    }

    @Test
    void aBasicSignInMakesNoSession() throws Exception {
        String e = engine.getName();
        for (String path : List.of("/camunda/api/engine/engine/" + e + "/task", "/camunda/api/engine/engine/" + e + "/user",
                "/camunda/api/engine/engine/", "/api/tasks", "/engine-rest/engine/" + e + "/task")) {
            for (String user : List.of("cora", "admin")) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(url(path)).GET(), user);
                assertThat(answer.statusCode()).as(path + " as " + user).isLessThan(500);
                assertThat(sessionCookies(answer)).as(path + " as " + user + " answered " + answer.statusCode()).isEmpty();
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
