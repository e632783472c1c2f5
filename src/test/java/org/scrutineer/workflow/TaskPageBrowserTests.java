package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.scrutineer.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's form as Scrutineer's own page, in a browser: refusals beside their fields, long texts, the keyboard. */
class TaskPageBrowserTests extends BrowserTest {

    private static final By SEND = By.xpath("//form[@data-task-form]//button[normalize-space()='Send my update' and not(@aria-hidden)]");

    @Test
    void aReviewSentWithTheBoxUntickedIsRefusedBesideTheBoxWithWhatWasTypedKept() {
        String letterId = api.somersetLetter();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);

        browser.signIn("cora").visit("/tasks/" + review);
        assertThat(browser.heading()).isEqualTo("Review the findings");
        browser.screenshot("review");
        browser.type(By.id("field-findings-0-theme"), "Contact and referral, checked");
        assertThat(browser.find(By.id("field-confirmed")).isSelected()).isFalse();
        browser.pressAndFollow(Keys.ENTER); // Enter in the field sends the form, as Send would

        assertThat(browser.path()).isEqualTo("/tasks/" + review);
        assertThat(browser.problems()).anySatisfy(p -> assertThat(p).isEqualTo(
                "Tick “The findings are right and complete” before you send the review"));
        assertThat(browser.errorBeside("field-confirmed")).contains("Tick “The findings are right and complete” before you send the review")
                .doesNotContain("complete must");
        assertThat(browser.find(By.id("field-findings-0-theme")).getDomProperty("value"))
                .isEqualTo("Contact and referral, checked");
        assertThat(browser.findAll(By.cssSelector("textarea[name$='.text']"))).as("every finding still there").hasSize(15);
        browser.screenshot("refused");
        // nothing was sent: the task waits, its findings unconfirmed
        assertThat(api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null)).isEqualTo(review);
    }

    @Test
    void aProgressUpdateOf6000CharactersIsSent() {
        String letterId = api.liveSomersetPlan();
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status()).isEqualTo(202);
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        String progress = "Forty case files audited; supervision records now name each decision. ".repeat(90)
                .substring(0, 6000);

        browser.signIn("owen").visit("/tasks/" + task);
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id("field-progress")), progress.substring(0, 5990));
        browser.find(By.id("field-progress")).sendKeys(progress.substring(5990)); // the last keys typed, as a person would
        browser.click(By.cssSelector("input[name=rag][value=AMBER]"))
                .type(By.id("field-percentComplete"), "40")
                // the Somerset letter's actions fell due in 2011: AMBER is kinder than the schedule, so it says why
                .type(By.id("field-ragReason"), "The audit found the records; the fixes are under way.")
                .screenshot("progress");
        browser.follow(SEND);

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text()).contains("Sent:");
        JsonNode update = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("updates").get(0);
        assertThat(update.path("progress").asText()).isEqualTo(progress.strip());
        assertThat(update.path("rag").asText()).isEqualTo("AMBER");
    }

    @Test
    void anOwnerAcceptsAnActionFromTheKeyboardAlone() {
        String letterId = api.draftedSomersetPlan();
        String accept = api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");

        browser.signIn("owen").visit("/tasks/" + accept);
        browser.tabTo(e -> "field-accepted".equals(e.getDomAttribute("id")), "Yes, I accept it", 30).press(Keys.SPACE);
        assertThat(browser.find(By.id("field-accepted")).isSelected()).isTrue();
        browser.tabTo(e -> e.getText().equals("Send my answer"), "Send my answer", 10).pressAndFollow(Keys.ENTER);

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text()).contains("You accepted the action.");
        JsonNode action = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0);
        assertThat(action.path("status").asText()).isNotEqualTo("PROPOSED");
    }
}
