package org.scrutineer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong addresses and malformed requests to any door, on a real port, where Camunda's webapps and REST servlets
 * and the container's error page answer (MockMvc reaches none of them): each gets a 4xx RFC 9457 problem, never a
 * 500, Spring Boot's error JSON or its Whitelabel page. Same context as EngineDoorsTests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.auth.cache.time-to-live=0")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MalformedAddressesTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;

    private record Call(String method, String path, String contentType, String body, String user) {
    }

    @Test
    void wrongAddressesAndMalformedRequestsAreProblems() throws Exception {
        String e = engine.getName();
        List<Call> calls = new ArrayList<>();
        for (String path : List.of("/camunda/app/nope/x", "/camunda/app/nope/" + e + "/", "/camunda/app/tasklist/nope/",
                "/camunda/app/tasklist/nope", "/camunda/app/cockpit/nope/", "/camunda/app/admin/nope/index.html",
                "/camunda/app/welcome/nope/", "/camunda/app/a-b/x/", "/error", "/camunda/api/admin/auth/user/nope",
                "/camunda/api/admin/auth/user/" + e, "/camunda/api/engine/engine/nope/task",
                "/camunda/api/engine/engine/" + e + "/task", "/engine-rest/engine/" + e + "/task?maxResults=abc",
                // a path parameter or an empty segment at Camunda's servlets: Spring's path filter failed on them (500)
                "/engine-rest;x=1/task", "/engine-rest;jsessionid=1/engine", "/camunda/api//cockpit/plugin/base/" + e
                        + "/process-definition/statistics-count", "/camunda/api//engine/engine/" + e + "/task",
                "/camunda/api/admin;x/auth/user/" + e)) {
            calls.add(new Call("GET", path, null, null, null));
            calls.add(new Call("GET", path, null, null, "owen"));
        }
        calls.add(new Call("POST", "/error", "application/json", "{", null));
        calls.add(new Call("DELETE", "/error", null, null, "cora"));
        calls.add(new Call("POST", "/camunda/api/engine/engine/" + e + "/task/x/submit-form", "application/json", "{", null));
        calls.add(new Call("POST", "/camunda/api/admin/auth/user/" + e + "/login/tasklist",
                "application/x-www-form-urlencoded", "username=%zz&password", null));
        calls.add(new Call("POST", "/camunda/api/admin/auth/user/nope/login/nope", "application/json", "{\"a\": 1, \"a\": 2}", null));
        calls.add(new Call("POST", "/engine-rest/engine/" + e + "/task/x/complete", "application/json", "{", null));
        calls.add(new Call("PUT", "/engine-rest/engine/" + e + "/task/x", "text/plain", "\u0000", null));

        HttpClient client = HttpClient.newHttpClient();
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                    .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(call.body()));
            if (call.contentType() != null) {
                request.header("Content-Type", call.contentType());
            }
            if (call.user() != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (call.user() + ":" + call.user()).getBytes()));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String label = call.method() + " " + call.path() + (call.user() == null ? " signed out" : " as " + call.user());
            String problem = problemAt(response);
            if (problem != null) {
                wrong.add(label + " -> " + response.statusCode() + ": " + problem);
            }
        }
        assertThat(wrong).as("answered wrongly, of " + calls.size()).isEmpty();
    }

    /** Requests Tomcat refuses itself, before any filter: sent as raw bytes, as no HTTP client would send them. */
    @Test
    void requestsTheContainerRefusesAreProblemsToo() throws Exception {
        for (String line : List.of("GET /api/% HTTP/1.1", "GET /engine-rest/%zz HTTP/1.1", "GET /camunda/app/tasklist/% HTTP/1.1",
                "GET /api/letters/x%00y HTTP/1.1")) {
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.getOutputStream().write((line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(answer).as(line).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                        .contains("\"status\":400").doesNotContain("<html");
            }
        }
    }

    /**
     * A method no door takes is a 405 problem that says so, with {@code Allow}: CONNECT was a 501 "Something went wrong
     * on our side", TRACE, PROPFIND and made-up methods a 400 blaming the address's characters.
     */
    @Test
    void aMethodNoDoorTakesIsA405ProblemSayingSo() throws Exception {
        for (String method : List.of("CONNECT", "TRACE", "PROPFIND", "FROBNICATE")) {
            for (String path : List.of("/api/letters", "/camunda/app/tasklist/", "/")) {
                String line = method + " " + path + " HTTP/1.1";
                String answer = raw(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                assertThat(answer).as(line).startsWith("HTTP/1.1 405")
                        .containsIgnoringCase("Content-Type: application/problem+json").containsIgnoringCase("\nAllow: ")
                        .contains("\"status\":405", "method " + method + " ")
                        .doesNotContain("Something went wrong", "encoded slashes", "<html");
            }
        }
        assertThat(raw("OPTIONS /api/letters HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .as("a method the API takes").doesNotStartWith("HTTP/1.1 405");
    }

    /** A part whose headers pass 4 KB (a file name of 10,000 characters) is refused for that, not as too large an upload. */
    @Test
    void aPartWithHeadersTooLongIsSaidToBeSo() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "n".repeat(10_000)
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\nDear Sir\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/letters"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cora:cora".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problemAt(response)).isNull();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("detail").asText()).contains("headers", "4 KB").doesNotContain("Maximum upload size");
    }

    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private String problemAt(HttpResponse<String> response) {
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            return "not a 4xx: " + response.body();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not a problem but " + type + ": " + response.body();
        }
        try {
            JsonNode problem = json.readTree(response.body());
            return problem.path("status").asInt() == response.statusCode() && !problem.path("title").asText().isBlank()
                    ? null : "a problem without status or title: " + problem;
        } catch (Exception e) {
            return "not JSON: " + response.body();
        }
    }
}
