package org.scrutineer.letter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.PageSession;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.pages.UkDates;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter whose title reading did not find, or got wrong, is named by the coordinator in the findings' review:
 * until then it is called by the day it was registered, in words, never by a timestamp.
 */
@ScrutineerTest
class LetterTitleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, json, management);
    }

    /** A title that does not name the council is led by it, so letters of several councils can be told apart. */
    @Test
    void aTitleThatDoesNotNameTheCouncilIsLedByIt() {
        Instant registered = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(LetterTitle.of("Inspection of services for children in need of help and protection",
                "Staffordshire County Council", registered))
                .isEqualTo("Staffordshire County Council: Inspection of services for children in need of help and protection");
        assertThat(LetterTitle.of("Inspection of Blackburn with Darwen local authority children’s services",
                "Blackburn with Darwen Borough Council", registered)).startsWith("Inspection of");
        assertThat(LetterTitle.of("Focused visit to the Royal Borough of Kensington and Chelsea",
                "Royal Borough of Kensington and Chelsea", registered)).startsWith("Focused visit");
        assertThat(LetterTitle.of("Inspection of Wokingham Borough Council", null, registered))
                .isEqualTo("Inspection of Wokingham Borough Council");
        assertThat(LetterTitle.of(null, "Reading Borough Council", registered))
                .isEqualTo("Reading Borough Council: Letter registered 2 December 2026");
    }

    @Test
    void theCoordinatorNamesALetterWithoutATitleInTheReview() {
        String letterId = api.postJson("cora", "/api/letters", "{\"text\": \"Ofsted letter to Somerset County Council\"}")
                .json().path("id").asText();
        String unnamed = "Somerset County Council: Letter registered " + UkDates.day(LocalDate.now(UkDates.LONDON));
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getName()).isEqualTo("Review findings · " + unnamed);
        PageSession.Page page = PageSession.signedIn(mvc, "cora").get("/tasks/" + review);
        assertThat(page.document().selectFirst("[name=letterTitle]").val()).isEqualTo(unnamed);
        // the council leads the title where it stands alone, and is not said twice where it is shown beside it
        PageSession.Page home = PageSession.signedIn(mvc, "cora").get("/");
        assertThat(home.document().selectFirst("#letters a[href='/letters/" + letterId + "']").closest("th").text())
                .isEqualTo(unnamed);
        PageSession.Page letterPage = PageSession.signedIn(mvc, "cora").get("/letters/" + letterId);
        assertThat(letterPage.document().selectFirst("h1").text()).isEqualTo(unnamed);
        assertThat(letterPage.document().selectFirst(".govuk-caption-l").text()).isEqualTo("Ofsted");

        // too long: refused, naming the field, and the letter keeps no title
        assertThat(api.complete("cora", review, "{\"confirmed\": true, \"letterTitle\": \"" + "x".repeat(501) + "\"}")
                .json().path("errors").toString()).contains("letterTitle");
        assertThat(letter(letterId).path("title").isNull()).isTrue();

        assertThat(api.complete("cora", review, "{\"confirmed\": true, "
                + "\"letterTitle\": \"  Annual unannounced inspection of   Somerset \"}").status()).isEqualTo(204);
        assertThat(letter(letterId).path("title").asText()).isEqualTo("Annual unannounced inspection of Somerset");
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        assertThat(tasks.createTaskQuery().taskId(draft).singleResult().getName())
                .isEqualTo("Draft action plan · Annual unannounced inspection of Somerset");
        JsonNode trail = api.get("cora", "/api/letters/" + letterId + "/audit").json();
        assertThat(trail.findValuesAsText("action")).containsOnlyOnce("letter.retitled");
        assertThat(PageSession.signedIn(mvc, "cora").get("/letters/" + letterId).text("audit"))
                .contains("Cora Coordinator named the letter: “Annual unannounced inspection of Somerset”");
    }

    @Test
    void aTitleOfInvisibleCharactersIsNoTitle() {
        String letterId = api.postJson("cora", "/api/letters", "{\"text\": \"Ofsted letter to Somerset County Council\"}")
                .json().path("id").asText();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);

        // a no-break space, a zero-width space and a right-to-left override: nothing a reader can see
        assertThat(api.complete("cora", review, "{\"confirmed\": true, \"letterTitle\": \"\\u00a0\\u200b\\u202e\"}")
                .status()).isEqualTo(204);

        assertThat(letter(letterId).path("title").isNull()).isTrue();
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .doesNotContain("letter.retitled");
    }

    @Test
    void aReviewThatLeavesTheTitleAsItWasChangesNothing() {
        String letterId = api.somersetLetter();
        String title = letter(letterId).path("title").asText(null);
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);

        assertThat(api.complete("cora", review, "{\"confirmed\": true}").status()).isEqualTo(204);

        assertThat(letter(letterId).path("title").asText(null)).isEqualTo(title);
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .doesNotContain("letter.retitled");
    }

    /** A report that prints no date (an ILACS report) is dated in the review, as its title is named there. */
    @Test
    void aLettersDateIsSetInTheReviewAndSaidInTheTrail() {
        String letterId = api.somersetLetter();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        assertThat(PageSession.signedIn(mvc, "cora").get("/tasks/" + review).document()
                .selectFirst("input[name=letterDate]")).isNotNull();

        assertThat(api.complete("cora", review, "{\"confirmed\": true, \"letterDate\": \"1999-12-31\"}")
                .json().path("errors").toString()).contains("letterDate");
        // a letter is answered after it is written: a date ahead would put every proposed due date beyond it
        assertThat(api.complete("cora", review, "{\"confirmed\": true, \"letterDate\": \""
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1) + "\"}")
                .json().path("errors").toString()).contains("letterDate", "after today");
        assertThat(api.complete("cora", review, "{\"confirmed\": true, \"letterDate\": \"2011-06-09\"}").status())
                .isEqualTo(204);

        assertThat(letter(letterId).path("letterDate").asText()).isEqualTo("2011-06-09");
        assertThat(PageSession.signedIn(mvc, "cora").get("/letters/" + letterId).text("audit"))
                .contains("Cora Coordinator dated the letter 9 June 2011");
    }

    private JsonNode letter(String letterId) {
        return api.get("cora", "/api/letters/" + letterId).json();
    }
}
