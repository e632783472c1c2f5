package org.scrutineer.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrutineer.Browser;
import org.scrutineer.BrowserTest;
import org.scrutineer.workflow.ProcessKeys;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every person's whole job in the browser, as issue 11 lays it out: cora uploads the Wakefield letter, reviews its
 * findings and drafts a plan for two owners chosen by name; owen accepts, olive declines and cora gives her action
 * to owen; cora sets the committee's meetings and starts a cycle for the first; owen reports (once with a
 * 6,000-character narrative); chris returns the draft for one action, owen revises it, chris approves; cora downloads
 * the signed PDF, reads the trail and moves a due date. Nothing is done through the API but reading what the pages did; the job executor's continuations are run
 * where a person would wait for them. Its screenshots are the README's.
 */
class WholeJourneyBrowserTests extends BrowserTest {

    /** The chair's link to this letter's report: other tests' reports may wait beside it. */
    private static final By WAKEFIELDS_REPORT = By.xpath("//table[@id='sign-offs']//tr[td[contains(., 'Wakefield')]]//a");

    /** A task form's button, by what it says: each form names what it does ("Send my update"). */
    private static By button(String label) {
        return By.xpath("//form[@data-task-form]//button[normalize-space()='" + label + "' and not(@aria-hidden)]");
    }

    private String letterId;

    @Test
    void eachPersonDoesTheirWholeJobInTheBrowser() {
        // cora: the letter in, its findings checked
        browser.signIn("cora").follow(By.linkText("Register a letter"));
        browser.choose(By.id("file"), WAKEFIELD).type(By.id("committee"), "Children's Services Scrutiny Panel")
                .follow(By.xpath("//button[normalize-space()='Read the letter']"))
                .follow(By.xpath("//button[normalize-space()='Register the letter']"));
        letterId = browser.path().substring("/letters/".length());
        browser.screenshot("letter-registered");

        openTask("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        assertThat(browser.heading()).isEqualTo("Review the findings");
        browser.screenshot("review-findings");
        // a closed select shows its choice whole ("Area for development" showed as "Area for developme"): each is
        // as wide as its longest choice, its left padding and its arrow
        assertThat(browser.script("""
                const pen = document.createElement('canvas').getContext('2d');
                return [...document.querySelectorAll('.scrutineer-rows select')].filter(select => {
                  pen.font = getComputedStyle(select).font;
                  const longest = Math.max(...[...select.options].map(o => pen.measureText(o.text).width));
                  return select.clientWidth < longest + 20;
                }).map(select => select.name + ' is ' + select.clientWidth + ' px wide');""")).asList().isEmpty();
        // a long review can show only the findings that call for action; every finding is still sent
        int rows = browser.findAll(By.cssSelector("table.scrutineer-rows tbody tr")).size();
        browser.click(By.id("only-acting-0"));
        List<WebElement> shown = browser.findAll(By.cssSelector("table.scrutineer-rows tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSizeBetween(1, rows - 1);
        assertThat(shown).allSatisfy(row -> assertThat(new Select(row.findElement(By.cssSelector("select[name$='.section']")))
                .getFirstSelectedOption().getText()).isIn("Area for development", "Priority action", "Recommendation", "Not placed"));
        browser.click(By.id("field-confirmed")).follow(button("Confirm the findings"));
        assertThat(browser.text()).contains("The findings are confirmed: the action plan can now be drafted.");

        // the plan: two actions kept, one for each owner, chosen by name, due at the end of next year
        api.runDueJobs();
        openTask("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        // a priority action listed as a noun phrase ("delays in case allocation…;") is proposed as something to do
        assertThat(browser.find(By.id("field-actions-0-title")).getAttribute("value"))
                .isEqualTo("Reduce delays in case allocation, assessment and seeing children at risk of harm.");
        for (int last = browser.findAll(By.cssSelector("button[name=remove]")).size() - 1; last >= 2; last--) {
            browser.follow(By.cssSelector("button[name=remove][value='actions:" + last + "']"));
        }
        owner(0, "Owen Owner");
        owner(1, "Olive Owner");
        // a date typed already past says so as it is typed
        browser.type(By.id("field-actions-0-dueDate"), "15/11/2011");
        assertThat(browser.find(By.id("field-actions-0-dueDate-hint")).getText()).startsWith("This date has passed: today is ");
        browser.type(By.id("field-actions-0-dueDate"), "31/12/2027").type(By.id("field-actions-1-dueDate"), "31/12/2027");
        assertThat(browser.find(By.id("field-actions-0-dueDate-hint")).getText()).isEqualTo("For example, 31/03/2027");
        // the reporting interval is chosen by name, not typed as an ISO 8601 period
        Select interval = new Select(browser.find(By.id("field-reportingInterval")));
        assertThat(interval.getFirstSelectedOption().getText()).isEqualTo("Every month");
        interval.selectByVisibleText("Every six weeks");
        browser.screenshot("draft-plan");
        browser.follow(button("Send the plan to its owners"));
        assertThat(browser.problems()).isEmpty();
        assertThat(browser.text()).contains("The plan has gone to its owners");
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("reportingInterval").asText())
                .isEqualTo("P6W");

        // owen accepts; olive declines, and cora gives her action to owen, who accepts it too
        api.runDueJobs();
        signInAs("owen");
        openTask("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");
        assertThat(browser.text()).contains("Will you take this action on?").doesNotContain("Why are you declining?");
        browser.click(By.id("field-accepted")).follow(button("Send my answer"));
        assertThat(browser.text()).contains("You accepted the action.");
        signInAs("olive");
        openTask("olive", letterId, ProcessKeys.ACCEPT_ACTION, "A2");
        browser.click(By.id("field-accepted-1"))
                .type(By.id("field-reason"), "This belongs to the early help team, not mine.").screenshot("decline");
        browser.follow(button("Send my answer"));
        assertThat(browser.text()).contains("You declined the action; a coordinator will give it to someone else.")
                .doesNotContain("Sent: Accept your action");
        api.runDueJobs();
        signInAs("cora");
        openTask("cora", letterId, ProcessKeys.REASSIGN_ACTION, "A2");
        assertThat(browser.text()).contains("This belongs to the early help team", "Olive Owner");
        // the one who declined is not offered it again
        assertThat(new Select(browser.find(By.id("field-owner"))).getOptions()).extracting(WebElement::getText)
                .contains("Owen Owner").doesNotContain("Olive Owner");
        new Select(browser.find(By.id("field-owner"))).selectByVisibleText("Owen Owner");
        browser.follow(button("Reassign the action"));
        api.runDueJobs();
        signInAs("owen");
        openTask("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A2");
        browser.click(By.id("field-accepted")).follow(button("Send my answer"));
        api.runDueJobs();

        // cora keeps the committee's calendar, then starts the cycle for its first meeting
        signInAs("cora");
        browser.visit("/letters/" + letterId);
        browser.type(By.id("meeting-dates"), "31/03/2027\n30/06/2027").follow(By.cssSelector("#schedule-meetings button"));
        assertThat(browser.text()).contains("The plan reports to 2 committee meetings: 31 March 2027, 30 June 2027.");
        browser.type(By.id("meeting-date"), "31/03/2027").follow(By.cssSelector("#start-cycle button"));
        assertThat(browser.problems()).isEmpty();
        api.runDueJobs();

        // owen reports both actions, one at length
        signInAs("owen");
        browser.screenshot("owner-home");
        String narrative = ("Audits of case allocation now run weekly and every unallocated case is reviewed by a "
                + "team manager within a day. ").repeat(60).substring(0, 6_000);
        report("A1", narrative, "field-rag-1", "40");
        report("A2", "The early help pathway is agreed with partners.", "field-rag-2", "60");
        api.runDueJobs();

        // chris returns the draft for A1; owen revises; chris approves
        signInAs("chris");
        browser.follow(WAKEFIELDS_REPORT);
        assertThat(browser.path()).startsWith("/reports/");
        browser.screenshot("report-page");
        browser.click(By.id("field-decision-1")).type(By.id("field-comments"), "Say how many cases were audited.")
                .click(By.id("field-returnedActionIds")).follow(By.xpath("//*[@id='decision']//button[@type='submit']"));
        assertThat(browser.problems()).isEmpty();
        api.runDueJobs();
        signInAs("owen");
        openTask("owen", letterId, ProcessKeys.REVISE_PROGRESS_UPDATE, "A1");
        assertThat(browser.text()).contains("Say how many cases were audited.");
        browser.type(By.id("field-progress"), "48 cases audited in March; every unallocated case reviewed within a day.")
                .follow(button("Send my revised update"));
        api.runDueJobs();
        signInAs("chris");
        browser.follow(WAKEFIELDS_REPORT);
        browser.click(By.id("field-decision")).follow(By.xpath("//*[@id='decision']//button[@type='submit']"));
        assertThat(browser.problems()).isEmpty();
        assertThat(browser.find(By.id("signed-version-coming")).getText()).as("before the job has made it")
                .startsWith("The signed version is being made");
        api.runDueJobs();
        browser.visit(browser.path());
        browser.follow(By.id("signed-version"));
        assertThat(browser.text()).contains("Signed");

        // cora reads the signed paper and the trail
        signInAs("cora");
        browser.screenshot("coordinator-home");
        browser.visit("/letters/" + letterId);
        browser.screenshot("letter-page");
        assertThat(browser.find(By.id("cycle-calendar")).getText()).as("the next meeting's cycle, planned")
                .contains("30 June 2027");
        JsonNode reports = api.get("cora", "/api/reports?letterId=" + letterId).json();
        JsonNode signed = null;
        for (JsonNode r : reports) {
            if (r.hasNonNull("certifies") && !r.path("certifies").asText().isEmpty()) {
                signed = r;
            }
        }
        assertThat(signed).as("a signed version among " + reports).isNotNull();
        Browser.Fetched pdf = browser.fetch("/api/reports/" + signed.path("id").asText() + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String trail = browser.find(By.id("audit")).getText();
        assertThat(trail).contains("Olive Owner declined A2", "Cora Coordinator gave A2 to Owen Owner",
                "Chris Chair returned", "Owen Owner revised A1", "Chris Chair approved");

        // and gives A2 three more months, from the letter's page
        browser.follow(By.cssSelector("#actions a[href$='/actions/A2/due-date']"));
        browser.screenshot("due-date");
        browser.type(By.id("due-date"), "31/03/2028").follow(By.cssSelector("#move-due-date button"));
        assertThat(browser.text()).contains("A2 is now due on 31 March 2028 (first due 31 December 2027).");
    }

    private void signInAs(String user) {
        browser.signOut().signIn(user);
    }

    /** Opens the task from the person's home page, as they would: it must be listed there. */
    private void openTask(String user, String letterId, String key, String actionId) {
        String taskId = awaitTask(user, letterId, key, actionId);
        browser.visit("/");
        List<org.openqa.selenium.WebElement> links = browser.findAll(By.cssSelector("a[href='/tasks/" + taskId + "']"));
        if (links.isEmpty()) {
            browser.visit("/tasks/" + taskId); // past the first page of a long list
        } else {
            browser.follow(By.cssSelector("a[href='/tasks/" + taskId + "']"));
        }
        assertThat(browser.path()).isEqualTo("/tasks/" + taskId);
    }

    /** The task, once the engine's continuations that lead to it have run (the job executor runs them too). */
    private String awaitTask(String user, String letterId, String key, String actionId) {
        for (int attempt = 1; ; attempt++) {
            api.runDueJobs();
            try {
                return api.task(user, letterId, key, actionId);
            } catch (AssertionError notYet) {
                if (attempt == 40) {
                    throw notYet;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    private void owner(int row, String name) {
        new Select(browser.find(By.id("field-actions-" + row + "-owner"))).selectByVisibleText(name);
    }

    private void report(String actionId, String progress, String ragId, String percent) {
        openTask("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, actionId);
        browser.script("document.getElementById('field-progress').value = arguments[0]", progress);
        browser.click(By.id(ragId)).type(By.id("field-percentComplete"), percent);
        if (actionId.equals("A1")) {
            browser.screenshot("progress-form");
        }
        browser.follow(button("Send my update"));
        assertThat(browser.problems()).isEmpty();
        assertThat(browser.text()).contains("Sent: Report progress (" + (ragId.endsWith("-1") ? "Amber" : "Green"));
    }
}
