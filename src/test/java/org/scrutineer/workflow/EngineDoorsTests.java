package org.scrutineer.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Camunda's own doors, on a real port (they are Jersey, out of MockMvc's reach): a completion the form check
 * refuses, through /engine-rest or through Tasklist's API, gets a 400 problem naming the fields, as through ours,
 * and the task stays open. Who is told Cockpit and Admin are not theirs, or Tasklist not yet theirs, and how; a
 * webapp API's 401 asks for no Basic sign-in it would not take. A webapp session follows what an admin changes
 * about its user (its cached user and groups live no time here, so no test waits for them to expire).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.auth.cache.time-to-live=0")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EngineDoorsTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;

    @Test
    void aRefusedCompletionThroughCamundasDoorsIsA400ProblemNamingTheFields() throws Exception {
        Api api = new Api(mvc, json);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        String badRag = "{\"variables\": {\"progress\": {\"value\": \"Begun.\"}, \"rag\": {\"value\": \"PURPLE\"}}}";

        // the admin's REST API: an administrator decides no task, so it is refused before its fields are read
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> rest = client.send(HttpRequest.newBuilder(url("/engine-rest/engine/" + engine.getName() + "/task/" + update + "/complete"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(badRag)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(403);
        assertThat(rest.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        // Tasklist's: owen signs in as Tasklist does, then submits the form
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/"
                        + engine.getName() + "/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=owen&password=owen", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // signing in renews the session, and with it the token Tasklist sends back on every write
        browser.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = xsrf(cookies);
        HttpResponse<String> tasklist = browser.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/"
                        + engine.getName() + "/task/" + update + "/submit-form"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(badRag)).build(), HttpResponse.BodyHandlers.ofString());
        assertRefusal(tasklist);
        assertThat(json.readTree(tasklist.body()).path("message").asText()).as("what Tasklist shows").contains("rag");

        assertThat(tasks.createTaskQuery().taskId(update).count()).isOne();

        // and that Tasklist session reads nothing through Cockpit's own API, which an admin's does
        String statistics = "/camunda/api/cockpit/plugin/base/" + engine.getName() + "/process-definition/statistics?firstResult=0&maxResults=50";
        HttpResponse<String> owensCockpit = browser.send(HttpRequest.newBuilder(url(statistics)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(owensCockpit.statusCode()).as(owensCockpit.body()).isEqualTo(403);
        assertThat(owensCockpit.body()).doesNotContain("reportingCycle");
        HttpClient admin = signedIn("admin", "cockpit");
        HttpResponse<String> adminsCockpit = admin.send(HttpRequest.newBuilder(url(statistics)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(adminsCockpit.statusCode()).as(adminsCockpit.body()).isEqualTo(200);
        assertThat(adminsCockpit.body()).contains("reportingCycle");
        // Cockpit's process page asks for the process's versions unbounded, which the query limit refused (400)
        HttpResponse<String> versions = admin.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/" + engine.getName()
                + "/process-definition?key=letter&sortBy=version&sortOrder=desc&withoutTenantId=true")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
        assertThat(versions.body()).contains("\"key\":\"letter\"");

        // Cockpit's and Admin's plugin scripts load before anyone signs in
        for (String script : List.of("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js",
                "/camunda/api/admin/plugin/adminPlugins/static/app/plugin.js")) {
            assertThat(client.send(HttpRequest.newBuilder(url(script)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as(script).isEqualTo(200);
        }

        // the admin setup page is closed on the real server too, whoever asks
        for (HttpClient someone : List.of(client, admin)) {
            HttpResponse<String> setup = someone.send(HttpRequest.newBuilder(url("/camunda/api/admin/setup/"
                            + engine.getName() + "/user/create")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"profile\": {\"id\": \"mallory\"}, "
                            + "\"credentials\": {\"password\": \"mallory-mallory\"}}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(setup.statusCode()).as(setup.body()).isIn(401, 403);
        }
        assertThat(engine.getIdentityService().createUserQuery().userId("mallory").count()).isZero();

        // /engine-rest is the admins' alone on the real server too
        String engineTasks = "/engine-rest/engine/" + engine.getName() + "/task?maxResults=10";
        assertThat(client.send(HttpRequest.newBuilder(url(engineTasks)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(client.send(HttpRequest.newBuilder(url(engineTasks)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("owen:owen".getBytes())).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void ofManyCompletionsOfOneTaskAtOnceThroughTasklistOneCommitsAndTheOthersAreRefused() throws Exception {
        Api api = new Api(mvc, json);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        HttpClient owen = signedIn("owen", "tasklist");
        // signing in renews the session, and with it the token Tasklist sends back on every write
        owen.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = xsrf((CookieManager) owen.cookieHandler().orElseThrow());
        String submit = "/camunda/api/engine/engine/" + engine.getName() + "/task/" + update + "/submit-form";
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = "{\"variables\": {\"progress\": {\"value\": \"Attempt " + i + "\"}, \"rag\": {\"value\": \"RED\"}}}";
            answers.add(owen.sendAsync(HttpRequest.newBuilder(url(submit)).header("X-XSRF-TOKEN", xsrf)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() != 204) {
                assertThat(response.statusCode()).as(response.body()).isIn(404, 409);
            }
        }
        assertThat(statuses).as("statuses").containsOnlyOnce(204);
        JsonNode updates = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0).path("updates");
        assertThat(updates).hasSize(1);

        // one more, well after: the task is gone (the engine alone would answer 500, "task is null")
        HttpResponse<String> late = owen.send(HttpRequest.newBuilder(url(submit)).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {\"progress\": {\"value\": \"Late.\"}, \"rag\": {\"value\": \"RED\"}}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(late.statusCode()).as(late.body()).isEqualTo(404);
        assertThat(json.readTree(late.body()).path("message").asText()).as("what Tasklist shows").contains("completed already");
    }

    @Test
    void someoneNotAnAdminOpeningAWebappIsSentToTheirOwnWork() throws Exception {
        HttpClient owen = signedIn("owen", "tasklist");
        for (String app : List.of("cockpit", "admin", "tasklist")) {
            HttpResponse<String> page = owen.send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/" + engine.getName() + "/"))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(app).isEqualTo(302);
            assertThat(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath()).as(app).isEqualTo("/");
        }

        // the apps' pages call their APIs: those say whose apps they are, as a problem
        HttpResponse<String> api = get(owen, "/camunda/api/cockpit/plugin/base/" + engine.getName()
                + "/process-definition/statistics?firstResult=0&maxResults=50");
        JsonNode problem = assertProblem(api, 403);
        assertThat(problem.path("detail").asText()).contains("for administrators", "home page: /");
    }

    /**
     * The engine's API through a Tasklist session: someone not an administrator reaches only what Tasklist's own
     * pages call; deployments, migrations, batches, jobs, external tasks, messages and the like are refused at the
     * door with a 403 problem before the engine reads the request (each sent as it made the engine fail with a 500).
     */
    @Test
    void throughTasklistsEngineApiSomeoneNotAnAdminReachesOnlyWhatTasklistCalls() throws Exception {
        Api api = new Api(mvc, json);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        String definition = tasks.createTaskQuery().taskId(update).singleResult().getProcessDefinitionId();
        String filter = engine.getFilterService().createFilterQuery().list().get(0).getId();
        String engineApi = "/camunda/api/engine/engine/" + engine.getName();
        HttpClient owen = signedIn("owen", "tasklist");
        owen.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = xsrf((CookieManager) owen.cookieHandler().orElseThrow());

        List<String[]> adminsOnly = List.of(
                new String[] {"POST", "/external-task/fetchAndLock", "{\"workerId\": \"w\", \"maxTasks\": 1, "
                        + "\"asyncResponseTimeout\": 1000, \"topics\": [{\"topicName\": \"x\", \"lockDuration\": 1000}]}"},
                new String[] {"POST", "/job/retries", "{\"retries\": 0, \"processInstanceQuery\": {}}"},
                new String[] {"PUT", "/job/suspended", "{\"processDefinitionKey\": \"letter\", \"suspended\": true}"},
                new String[] {"POST", "/deployment/create", null},
                new String[] {"POST", "/migration/execute", "{}"},
                new String[] {"POST", "/process-instance/delete", null},
                new String[] {"POST", "/process-instance/suspended-async", "{}"},
                new String[] {"POST", "/variable-instance?maxResults=10", "{\"variableValues\": [{\"name\": \"x\", "
                        + "\"operator\": \"eq\", \"value\": {\"a\": 1}}]}"},
                new String[] {"POST", "/message", "{\"messageName\": \"x\", \"businessKey\": \"k\"}"},
                new String[] {"POST", "/signal", "{\"name\": \"x\"}"},
                new String[] {"GET", "/batch", null},
                new String[] {"GET", "/process-instance", null},
                new String[] {"PUT", "/task/" + update + "/variables/actionId", "{\"value\": \"A2\"}"},
                new String[] {"DELETE", "/user/owen", null},
                new String[] {"POST", "/user/create", "{\"profile\": {\"id\": \"mallory\"}}"});
        for (String[] call : adminsOnly) {
            HttpResponse<String> refused = send(owen, xsrf, call[0], engineApi + call[1], call[2]);
            JsonNode problem = assertProblem(refused, 403);
            assertThat(problem.path("detail").asText()).as(call[1]).contains("for administrators", "home page: /");
        }
        assertThat(engine.getIdentityService().createUserQuery().userId("mallory").count()).isZero();

        // what Tasklist's pages call, as they call it: past the door (the engine may still say no)
        List<String[]> tasklist = List.of(
                new String[] {"GET", "/filter?resourceType=Task&itemCount=true", null},
                new String[] {"GET", "/filter/count", null},
                new String[] {"OPTIONS", "/filter", null},
                new String[] {"POST", "/filter/" + filter + "/list?firstResult=0&maxResults=15", "{}"},
                new String[] {"POST", "/task?firstResult=0&maxResults=15", "{}"},
                new String[] {"GET", "/task/" + update, null},
                new String[] {"GET", "/task/" + update + "/form", null},
                new String[] {"GET", "/task/" + update + "/deployed-form", null},
                new String[] {"GET", "/task/" + update + "/form-variables", null},
                new String[] {"GET", "/task/" + update + "/variables", null},
                new String[] {"GET", "/task/" + update + "/comment", null},
                new String[] {"GET", "/history/user-operation?taskId=" + update + "&maxResults=50", null},
                new String[] {"GET", "/process-definition/" + definition + "/xml", null},
                new String[] {"GET", "/user/owen/profile", null},
                new String[] {"POST", "/task/" + update + "/comment/create", "{\"message\": \"Begun.\"}"},
                new String[] {"POST", "/task/" + update + "/unclaim", null},
                new String[] {"POST", "/task/" + update + "/claim", "{\"userId\": \"owen\"}"},
                new String[] {"PUT", "/user/owen/credentials", "{\"password\": \"owen\", \"authenticatedUserPassword\": \"owen\"}"});
        for (String[] call : tasklist) {
            HttpResponse<String> answer = send(owen, xsrf, call[0], engineApi + call[1], call[2]);
            assertThat(answer.body()).as(call[0] + " " + call[1]).doesNotContain("for administrators (the camunda-admin group)");
        }
        HttpResponse<String> task = send(owen, xsrf, "GET", engineApi + "/task/" + update + "/form-variables", null);
        assertThat(task.statusCode()).as(task.body()).isEqualTo(200);
        HttpResponse<String> done = send(owen, xsrf, "POST", engineApi + "/task/" + update + "/submit-form",
                "{\"variables\": {\"progress\": {\"value\": \"Begun.\"}, \"rag\": {\"value\": \"RED\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

        // an administrator passes the door (and meets the engine's own answer)
        HttpClient admin = signedIn("admin", "cockpit");
        admin.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> batches = send(admin, xsrf((CookieManager) admin.cookieHandler().orElseThrow()), "GET",
                engineApi + "/batch?firstResult=0&maxResults=10", null);
        assertThat(batches.statusCode()).as(batches.body()).isEqualTo(200);
    }

    private HttpResponse<String> send(HttpClient browser, String xsrf, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("X-XSRF-TOKEN", xsrf)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return browser.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void someoneNotSignedInOpeningAWebappSignsInFirstAndComesBack() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/camunda/app/cockpit/"
                + engine.getName() + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?next=%2Fcamunda%2Fapp%2Fcockpit%2F" + engine.getName() + "%2F");
    }

    @Test
    void cockpitAndAdminApisAskForNoBasicSignInTheyWouldNotTakeWhileOurApiAndEngineRestDo() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String path : List.of("/camunda/api/cockpit/plugin/base/" + engine.getName() + "/process-definition/statistics",
                "/camunda/api/admin/plugin/adminPlugins/" + engine.getName() + "/metrics")) {
            HttpResponse<String> response = get(anonymous, path);
            assertProblem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        }
        for (String path : List.of("/api/tasks", "/engine-rest/engine/" + engine.getName() + "/task")) {
            assertThat(get(anonymous, path).headers().firstValue("WWW-Authenticate")).as(path)
                    .hasValue("Basic realm=\"scrutineer\"");
        }
    }

    @Test
    void aWebappSessionNoLongerReadsAsSomeoneAnAdminTookOutOfAGroupOrDeleted() throws Exception {
        IdentityService identity = engine.getIdentityService();
        User dora = identity.newUser("dora");
        dora.setPassword("dora");
        identity.saveUser(dora);
        identity.createMembership("dora", Groups.COORDINATORS);
        identity.createMembership("dora", Groups.CAMUNDA_ADMIN);
        String statistics = "/camunda/api/cockpit/plugin/base/" + engine.getName()
                + "/process-definition/statistics?firstResult=0&maxResults=50";
        HttpClient browser = signedIn("dora", "cockpit");
        assertThat(get(browser, "/api/letters").statusCode()).isEqualTo(200);
        assertThat(get(browser, statistics).statusCode()).isEqualTo(200);

        identity.deleteMembership("dora", Groups.CAMUNDA_ADMIN);
        assertProblem(get(browser, statistics), 403);
        assertThat(get(browser, "/api/letters").statusCode()).as("still a coordinator").isEqualTo(200);

        identity.deleteMembership("dora", Groups.COORDINATORS);
        assertProblem(get(browser, "/api/letters"), 403);

        identity.deleteUser("dora");
        assertProblem(get(browser, "/api/tasks"), 401);
        HttpResponse<String> ended = get(browser, statistics);
        assertProblem(ended, 401);
        assertThat(ended.headers().firstValue("WWW-Authenticate")).as("no login box from the browser").isEmpty();
    }

    @Test
    void readingAWebappSessionLeavesItsIdAsItIs() throws Exception {
        // the apps send requests in parallel: a session id renewed under one of them signs the others out
        HttpClient admin = signedIn("admin", "cockpit");
        for (String path : List.of("/camunda/api/cockpit/plugin/base/" + engine.getName()
                + "/process-definition/statistics?firstResult=0&maxResults=50", "/api/tasks", "/api/letters")) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> response = get(admin, path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
            }
        }
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body()).contains("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** A browser signed in to one of the webapps, as its login page does it. */
    private HttpClient signedIn(String user, String app) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/"
                        + engine.getName() + "/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return browser;
    }

    private void assertRefusal(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body()).contains("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").toString()).contains("rag", "must be one of");
    }

    private static String xsrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
