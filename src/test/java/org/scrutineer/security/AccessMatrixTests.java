package org.scrutineer.security;

import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what, as a matrix: every role against every endpoint of our API, the doors into Camunda's REST API
 * and webapps, and the tasks each person sees and may work on in Tasklist (the engine's authorizations).
 * "Allowed" means the request got past access control (any answer but 401 or 403); "denied" a 403 problem.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    private static final Map<String, List<String>> GROUPS = Map.of(
            "cora", List.of(Groups.COORDINATORS), "owen", List.of(Groups.ACTION_OWNERS),
            "olive", List.of(Groups.ACTION_OWNERS), "chris", List.of(Groups.SCRUTINY_CHAIRS),
            "admin", List.of(Groups.CAMUNDA_ADMIN));

    @Autowired
    MockMvc mvc;
    @Autowired
    ManagementService jobs;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    private Api api;
    private String letterId;
    private String reportId;
    private String coraTask;
    private String chrisTask;

    /** A letter with a live plan (A1 owned by owen), a cycle whose report waits for the chair's sign-off. */
    @BeforeAll
    void aLetterAwaitingSignOff() {
        api = new Api(mvc, json, jobs);
        letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"Begun.\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\"}");
        chrisTask = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        reportId = api.get("chris", "/api/reports?letterId=" + letterId).json().get(0).path("id").asText();

        // a second letter gives cora an open task, and owen one on another letter's action
        String second = api.postJson("cora", "/api/letters", "{\"text\": " + json.valueToTree(
                new String(Api.resource("/letters/rotherham-2011-ucra-letter.txt"))) + "}").json().path("id").asText();
        api.complete("cora", api.task("cora", second, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        coraTask = api.task("cora", second, ProcessKeys.DRAFT_ACTION_PLAN, null);
    }

    @Test
    void everyRoleAgainstEveryEndpointOfOurApi() {
        String letter = "/api/letters/" + letterId;
        String report = "/api/reports/" + reportId;
        List<Row> rows = List.of(
                row(() -> post("/api/letters").contentType(MediaType.APPLICATION_JSON).content("{}"), "cora", "admin"),
                row(() -> post("/api/letters/extract").contentType(MediaType.APPLICATION_JSON).content("{}"), "cora", "admin"),
                row(() -> get("/api/letters"), "cora", "chris", "admin"),
                row(() -> get(letter), "cora", "chris", "admin"),
                row(() -> get(letter + "/original"), "cora", "chris", "admin"),
                // HEAD as GET: it ran the GET handler for an owner, with the file's name in its headers
                row(() -> head("/api/letters"), "cora", "chris", "admin"),
                row(() -> head(letter), "cora", "chris", "admin"),
                row(() -> head(letter + "/original"), "cora", "chris", "admin"),
                row(() -> head(letter + "/plan.xlsx"), "cora", "chris", "admin"),
                row(() -> get(letter + "/plan"), "cora", "chris", "admin", "owen"),
                row(() -> put(letter + "/plan/actions/A1/due-date").contentType(MediaType.APPLICATION_JSON).content("{}"), "cora", "admin"),
                row(() -> post(letter + "/plan/cycles"), "cora", "admin"),
                row(() -> get("/api/reports?letterId=" + letterId), "cora", "chris", "admin"),
                row(() -> get(report), "cora", "chris", "admin"),
                row(() -> get(report + "/pdf"), "cora", "chris", "admin"),
                row(() -> get(report + "/verify"), "cora", "chris", "admin"),
                row(() -> get("/api/tasks"), "cora", "chris", "admin", "owen", "olive"),
                row(() -> get("/api/tasks/" + chrisTask + "/form"), "chris"),
                row(() -> get("/api/tasks/" + coraTask + "/form"), "cora"),
                row(() -> post("/api/tasks/" + chrisTask + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"NOT A DECISION\"}"), "chris"),
                row(() -> get("/engine-rest/task"), "admin"),
                // the door lets admins in; the task is still its role's to decide (DoorAttacksTests, over HTTP)
                row(() -> post("/engine-rest/task/" + chrisTask + "/complete").contentType(MediaType.APPLICATION_JSON).content("{}"), "admin"),
                row(() -> delete("/engine-rest/process-instance/x"), "admin"));

        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            for (String user : GROUPS.keySet()) {
                Api.Response response = api.call(user, r.request().get());
                boolean allowed = r.allowed().contains(user);
                boolean got = response.status() != 401 && response.status() != 403;
                if (allowed != got || (!allowed && !isProblem(response))) {
                    wrong.add(user + " " + r.request().get().buildRequest(null).getMethod() + " "
                            + r.request().get().buildRequest(null).getRequestURI() + " -> " + response.status());
                }
            }
            Api.Response anonymous = call(r.request().get());
            if (anonymous.status() != 401 || !isProblem(anonymous)) {
                wrong.add("anonymous " + r.request().get().buildRequest(null).getRequestURI() + " -> " + anonymous.status());
            }
        }
        assertThat(wrong).as("requests answered against the matrix").isEmpty();
    }

    @Test
    void theAdminSetupPageIsClosedToEveryone() {
        for (String user : GROUPS.keySet()) {
            Api.Response response = api.call(user, post("/camunda/api/admin/setup/default/user/create")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"profile\": {\"id\": \"mallory\"}}"));
            // the closed path takes no credentials, so everyone is refused as a stranger would be
            assertThat(response.status()).as(user).isIn(401, 403);
            assertThat(isProblem(response)).isTrue();
        }
        assertThat(call(post("/camunda/api/admin/setup/default/user/create")).status()).isIn(401, 403);
        assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
    }

    @Test
    void tasklistIsForTheRolesAndCockpitAndAdminForAdminsOnly() {
        for (String user : GROUPS.keySet()) {
            boolean admin = user.equals("admin");
            for (String app : List.of("tasklist", "cockpit", "admin")) {
                boolean expected = admin || app.equals("tasklist");
                assertThat(authorizations.isUserAuthorized(user, GROUPS.get(user), Permissions.ACCESS, Resources.APPLICATION, app))
                        .as(user + " opens " + app).isEqualTo(expected);
            }
        }
    }

    @Test
    void inTasklistEachPersonSeesOnlyTheirOwnWork() {
        for (String user : List.of("cora", "owen", "olive", "chris")) {
            List<Task> seen = asUser(user, () -> tasks.createTaskQuery().listPage(0, 1000));
            for (Task t : seen) {
                boolean theirs = user.equals(t.getAssignee()) || (t.getAssignee() == null
                        && tasks.createTaskQuery().taskId(t.getId()).taskCandidateGroupIn(GROUPS.get(user)).count() > 0);
                assertThat(theirs).as(user + " sees " + t.getTaskDefinitionKey() + " of " + t.getAssignee()).isTrue();
            }
            // and the filters Tasklist opens with give the same
            filters.createFilterQuery().list().forEach(f -> asUser(user, () -> {
                filters.listPage(f.getId(), 0, 1000).forEach(t -> assertThat(seen).extracting(Task::getId).contains(((Task) t).getId()));
                return null;
            }));
        }
        assertThat(asUser("chris", () -> tasks.createTaskQuery().listPage(0, 1000))).extracting(Task::getId).contains(chrisTask);
        assertThat(asUser("owen", () -> tasks.createTaskQuery().taskId(chrisTask).count())).isZero();
        assertThat(asUser("cora", () -> tasks.createTaskQuery().taskId(chrisTask).count())).isZero();
    }

    @Test
    void noQueryAPersonStartsMayAskForUnboundedResults() {
        assertThatThrownBy(() -> asUser("cora", () -> tasks.createTaskQuery().list()))
                .hasMessageContaining("unbound number of results is forbidden");
        assertThatThrownBy(() -> asUser("cora", () -> tasks.createTaskQuery().listPage(0, 2001)))
                .hasMessageContaining("Max results limit of 2000 exceeded");
    }

    @Test
    void throughTheEngineNobodyCompletesAnotherRolesTask() {
        // refused by the engine's DoorGuard (the decision is not their role's) before its authorizations are asked
        assertThatThrownBy(() -> asUser("owen", () -> {
            tasks.complete(chrisTask, Map.of("decision", "APPROVED"));
            return null;
        })).isInstanceOfAny(AuthorizationException.class, org.scrutineer.web.Forbidden.class);
        assertThatThrownBy(() -> asUser("chris", () -> {
            tasks.complete(coraTask, Map.of());
            return null;
        })).isInstanceOfAny(AuthorizationException.class, org.scrutineer.web.Forbidden.class);
        // nor once it is assigned to them
        tasks.setAssignee(chrisTask, "owen");
        assertThatThrownBy(() -> asUser("owen", () -> {
            tasks.complete(chrisTask, Map.of("decision", "APPROVED"));
            return null;
        })).isInstanceOf(org.scrutineer.web.Forbidden.class);
        tasks.setAssignee(chrisTask, null);
        assertThat(tasks.createTaskQuery().taskId(chrisTask).count()).isOne();
        assertThat(tasks.createTaskQuery().taskId(coraTask).count()).isOne();
    }

    @Test
    void someoneSignedInToTasklistOpensTheReportLinkButCannotWriteWithThatSession() throws Exception {
        String pdf = "/api/reports/" + reportId + "/pdf";
        assertThat(mvc.perform(get(pdf).session(tasklistSession("chris"))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(pdf).session(tasklistSession("owen"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(pdf)).andReturn().getResponse().getStatus()).isEqualTo(401);
        // a write with only the session (as a page elsewhere could make the browser send) is not theirs
        assertThat(mvc.perform(post("/api/letters/" + letterId + "/plan/cycles").session(tasklistSession("cora")))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private org.springframework.mock.web.MockHttpSession tasklistSession(String user) {
        var session = new org.springframework.mock.web.MockHttpSession();
        var auths = new org.camunda.bpm.webapp.impl.security.auth.Authentications();
        var signedIn = new org.camunda.bpm.webapp.impl.security.auth.UserAuthentication(user, engine.getName());
        signedIn.setGroupIds(GROUPS.get(user));
        auths.addOrReplace(signedIn);
        org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.updateSession(session, auths);
        return session;
    }

    @Test
    void anOwnerReadsOnlyThePlansTheyOwnAnActionIn() {
        Api.Response olive = api.get("olive", "/api/letters/" + letterId + "/plan");
        assertThat(olive.status()).isEqualTo(403);
        assertThat(olive.json().path("detail").asText()).contains("own no action");
        assertThat(api.get("owen", "/api/letters/" + letterId + "/plan").json().path("actions").get(0).path("owner").asText())
                .isEqualTo("owen");
    }

    private <T> T asUser(String user, java.util.function.Supplier<T> work) {
        identity.setAuthentication(user, GROUPS.get(user));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private Api.Response call(MockHttpServletRequestBuilder request) {
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            return new Api.Response(response.getStatus(), response.getContentType(), response.getContentAsByteArray(), json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isProblem(Api.Response response) {
        if (response.contentType() == null || !MediaType.parseMediaType(response.contentType())
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return false;
        }
        JsonNode problem = response.json();
        return problem.path("status").asInt() == response.status() && !problem.path("detail").asText().isBlank();
    }

    /** A builder keeps what is added to it (credentials included), so every call gets a fresh one. */
    private record Row(java.util.function.Supplier<MockHttpServletRequestBuilder> request, List<String> allowed) {
    }

    private static Row row(java.util.function.Supplier<MockHttpServletRequestBuilder> request, String... allowed) {
        return new Row(request, List.of(allowed));
    }
}
