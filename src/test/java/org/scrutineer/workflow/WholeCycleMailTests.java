package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.EngineTimeClock;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.scrutineer.workflow.ProcessKeys.*;

/**
 * A whole cycle from its opening to the committee's paper, against a real SMTP server in this JVM (GreenMail), on
 * the engine's time moved by hand: owen reports on time, olive late, oscar never; owen's extension is granted and
 * olive's refused. Who received which message on which day: at most one each a day, gathering what fell due;
 * titles and links only, never a narrative.
 */
@ScrutineerTest
class WholeCycleMailTests {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @TestConfiguration
    static class EngineTime {
        @Bean
        @Primary
        Clock engineTimeClock() {
            return new EngineTimeClock();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    NotificationRounds rounds;
    @Autowired
    org.scrutineer.notify.Notifications notifications;

    private final List<String> received = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String> bodies = new HashMap<>();
    private String day;

    @AfterEach
    void engineTimeBackToReal() {
        ClockUtil.reset();
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Test
    void oneMessageAPersonADayFromOpeningToThePaper() throws Exception {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        Api api = new Api(mvc, json);
        oscar();
        String letterTitle = "Annual unannounced inspection of contact, referral and assessment arrangements within"
                + " Somerset County Council children’s services";
        at("2027-02-01T09:00");
        String letterId = api.upload("cora", "/api/letters", "somerset.txt", Api.resource("/letters/somerset-2011-ucra-letter.txt"), null)
                .json().path("id").asText();
        // who registered the letter is not told of its review, which their own act made (a walk found cora told)
        round();
        assertThat(received).isEmpty();
        api.complete("cora", api.task("cora", letterId, REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        api.complete("cora", api.task("cora", letterId, DRAFT_ACTION_PLAN, null), "{\"actions\": ["
                + action("Record decisions", "owen") + "," + action("Audit supervision", "olive") + ","
                + action("Train managers", "oscar") + "]}");
        round();
        // each owner is told of the action given to them, once however often the round runs
        round();
        assertThat(received).containsExactlyInAnyOrder("2027-02-01 owen", "2027-02-01 olive", "2027-02-01 oscar");
        api.complete("owen", api.task("owen", letterId, ACCEPT_ACTION, "A1"), "{\"accepted\": true}");
        api.complete("olive", api.task("olive", letterId, ACCEPT_ACTION, "A2"), "{\"accepted\": true}");
        api.complete("oscar", api.task("oscar", letterId, ACCEPT_ACTION, "A3"), "{\"accepted\": true}");
        assertThat(api.call("cora", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/letters/" + letterId + "/plan/meetings").contentType("application/json")
                .content("{\"meetingDates\": [\"2027-04-02\"]}")).status()).isEqualTo(200);

        // Friday 26 February: the cycle opens by itself; every owner is told, once
        ProcessInstance letter = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LETTER)
                .processInstanceBusinessKey(letterId).singleResult();
        at("2027-02-26T08:00");
        management.executeJob(management.createJobQuery().processInstanceId(letter.getId()).activityId(CYCLE_DUE_TIMER)
                .singleResult().getId());
        ProcessInstance cycle = calledProcessInstance(letter);
        // owen reports on time, and asks for a later due date, which cora grants
        report(api, "owen", letterId, "A1", "Audit done: every decision recorded.",
                ", \"newDueDate\": \"2027-12-31\", \"extensionReason\": \"The supplier is late.\"");
        round();
        // owen has reported already: a task done before the day's message is not in it, so he has none today;
        // cora is told his request waits for a coordinator's decision
        assertThat(newSince("2027-02-26")).containsExactlyInAnyOrder("2027-02-26 olive", "2027-02-26 oscar", "2027-02-26 cora");
        assertThat(body("2027-02-26 cora")).contains("New task: Decide on a due date extension");
        assertThat(api.complete("cora", api.task("cora", letterId, DECIDE_EXTENSION, "A1"),
                "{\"extensionDecision\": \"APPROVED\"}").status()).isEqualTo(204);

        // two working days before the owners' deadline, and on the day: those who have not reported
        at("2027-03-10T08:00");
        round();
        assertThat(newSince("2027-03-10")).containsExactlyInAnyOrder("2027-03-10 olive", "2027-03-10 oscar", "2027-03-10 owen");
        assertThat(body("2027-03-10 owen")).contains("Your request to move the due date of A1 Record decisions to 31 December"
                + " 2027 was approved.");
        assertThat(body("2027-03-10 olive")).contains("Due on 12 March 2027: Submit progress update · A2 Audit supervision "
                + letterTitle + " http");
        at("2027-03-12T08:00");
        round();
        assertThat(newSince("2027-03-12")).containsExactlyInAnyOrder("2027-03-12 olive", "2027-03-12 oscar");
        assertThat(body("2027-03-12 oscar")).contains("Due today: Submit progress update · A3 Train managers");

        // the deadline passes: cora decides on the missing updates; on Monday she is told who is late, in one message
        at("2027-03-12T17:00");
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId())
                .activityId(OWNERS_DEADLINE_TIMER).singleResult().getId());
        at("2027-03-15T08:00");
        round();
        assertThat(newSince("2027-03-15")).containsExactly("2027-03-15 cora");
        assertThat(body("2027-03-15 cora")).contains("Olive Owner is late with: Submit progress update · A2")
                .contains("Oscar Owner is late with: Submit progress update · A3");
        String decide = api.task("cora", letterId, DECIDE_MISSING_UPDATES, null);
        assertThat(api.complete("cora", decide, "{\"missingDecision\": \"WAIT\", \"waitUntil\": \"2027-03-16\"}").status())
                .isEqualTo(204);

        // olive reports late; oscar never does, and at the new date cora goes without him
        at("2027-03-16T10:00");
        report(api, "olive", letterId, "A2", "Supervision audit under way.",
                ", \"newDueDate\": \"2027-11-30\", \"extensionReason\": \"Staff away.\"");
        assertThat(api.complete("cora", api.task("cora", letterId, DECIDE_EXTENSION, "A2"),
                "{\"extensionDecision\": \"REFUSED\", \"refusal\": \"The revisit needs it.\"}").status()).isEqualTo(204);
        at("2027-03-16T17:00");
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).activityId(WAIT_TIMER)
                .singleResult().getId());
        assertThat(api.complete("cora", api.task("cora", letterId, DECIDE_MISSING_UPDATES, null),
                "{\"missingDecision\": \"GO_WITHOUT\"}").status()).isEqualTo(204);
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).activityId(GENERATE_REPORT)
                .singleResult().getId());
        assertThat(cycle).isWaitingAt(SCRUTINY_SIGN_OFF);

        // Wednesday 17 March: oscar is told his task closed and why, olive why her extension was refused; chris is
        // reminded of the sign-off due Friday
        at("2027-03-17T08:00");
        round();
        assertThat(newSince("2027-03-17")).containsExactlyInAnyOrder("2027-03-17 oscar", "2027-03-17 chris", "2027-03-17 olive");
        assertThat(body("2027-03-17 olive")).contains("to 30 November 2027 was refused: The revisit needs it.");
        assertThat(body("2027-03-17 oscar")).contains("Your update on A3 Train managers was not received");
        assertThat(body("2027-03-17 chris")).contains("Due on 19 March 2027: Scrutiny sign-off")
                .as("and told the report waits for a chair's decision").contains("New task: Scrutiny sign-off");

        // nobody got two messages on one day, and no message carried a narrative
        assertThat(received).doesNotHaveDuplicates();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            assertThat(message.getContent().toString()).doesNotContain("Audit done").doesNotContain("under way")
                    .doesNotContain("supplier").doesNotContain("Staff away");
        }

        // every message is kept in the outbox too, which coordinators read and owners may not
        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/outbox")
                .session(session("cora", "coordinators"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("oscar@example.org").contains("SENT");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/outbox")
                .session(session("owen", "action-owners"))).andReturn().getResponse().getStatus()).isEqualTo(403);

        String paper = api.newestReportText(letterId);
        assertThat(paper).contains("Progress to 12 March 2027, for the meeting of 2 April 2027")
                .contains("Audit done: every decision recorded.")
                .contains("Supervision audit under way.")
                .contains("No update received for this meeting.")
                .contains("Due dates moved, and why (1)").contains("The supplier is late.");
        JsonNode missed = api.get("cora", "/api/letters/" + letterId + "/plan/cycles").json().get(0).path("missedUpdates");
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).path("owner").asText()).isEqualTo("oscar");
    }

    private void oscar() {
        if (identity.createUserQuery().userId("oscar").count() == 0) {
            User oscar = identity.newUser("oscar");
            oscar.setFirstName("Oscar");
            oscar.setLastName("Owner");
            oscar.setEmail("oscar@example.org");
            oscar.setPassword("oscar");
            identity.saveUser(oscar);
            identity.createMembership("oscar", "action-owners");
        }
    }

    /** Signed in to the webapps' session, which Scrutineer's pages share. */
    private org.springframework.mock.web.MockHttpSession session(String user, String group) {
        var session = new org.springframework.mock.web.MockHttpSession();
        var auths = new org.camunda.bpm.webapp.impl.security.auth.Authentications();
        var signedIn = new org.camunda.bpm.webapp.impl.security.auth.UserAuthentication(user, engine.getName());
        signedIn.setGroupIds(List.of(group));
        auths.addOrReplace(signedIn);
        org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.updateSession(session, auths);
        return session;
    }

    private static String action(String title, String owner) {
        return "{\"findingIds\": \"F13\", \"title\": \"" + title + "\", \"owner\": \"" + owner + "\", \"dueDate\": \"2027-09-30\"}";
    }

    /** @param more further fields of the update, each after a comma, or "" */
    private static void report(Api api, String owner, String letterId, String actionId, String progress, String more) {
        assertThat(api.complete(owner, api.task(owner, letterId, SUBMIT_PROGRESS_UPDATE, actionId),
                "{\"progress\": \"" + progress + "\", \"rag\": \"GREEN\", \"percentComplete\": 40" + more + "}").status())
                .isEqualTo(204);
    }

    /** Tasks gone before the day's message is gathered (here with a letter withdrawn) are not in it. */
    @Test
    void aMessageLeavesOutTasksThatClosedBeforeItWasGathered() {
        Api api = new Api(mvc, json);
        at("2028-01-10T09:00");
        String letterId = api.upload("cora", "/api/letters", "somerset.txt", Api.resource("/letters/somerset-2011-ucra-letter.txt"), null)
                .json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        api.complete("cora", api.task("cora", letterId, DRAFT_ACTION_PLAN, null), "{\"actions\": ["
                + action("Record decisions", "olive") + "," + action("Audit supervision", "olive") + "]}");
        assertThat(notifications.of("olive", 50)).anyMatch(n -> n.text().startsWith("New task: Accept action · A2"));
        assertThat(api.call("cora", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/letters/" + letterId)).status()).isEqualTo(204);

        rounds.round();

        assertThat(notifications.outbox(500)).noneMatch(m -> m.recipient().equals("olive")
                && m.day().equals(java.time.LocalDate.of(2028, 1, 10)));
        assertThat(notifications.of("olive", 50)).noneMatch(n -> n.text().contains("Accept action · A2"));
    }

    /** A round of reminders and messages, and what the mail server received in it, as "day recipient". */
    private void round() throws Exception {
        rounds.round();
        // the server lists messages by mailbox, not by arrival: new ones are those not seen before
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (seen.add(message.getMessageID())) {
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
                String key = day + " " + to.substring(0, to.indexOf('@'));
                received.add(key);
                bodies.put(key, message.getContent().toString().replaceAll("\\s+", " "));
            }
        }
    }

    private List<String> newSince(String from) {
        return received.stream().filter(r -> r.compareTo(from) >= 0).toList();
    }

    private String body(String dayAndRecipient) {
        return bodies.get(dayAndRecipient);
    }

    private void at(String londonTime) {
        day = londonTime.substring(0, 10);
        EngineTimeClock.at(londonTime);
    }
}
