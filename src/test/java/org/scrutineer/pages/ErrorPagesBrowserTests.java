package org.scrutineer.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.BrowserTest;
import org.scrutineer.workflow.ProcessKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser that meets an error gets a page it can act on, in the site's layout, never JSON or a stack trace. */
class ErrorPagesBrowserTests extends BrowserTest {

    @Test
    void anAddressThatLeadsNowhereIsAPage() {
        browser.signIn("cora").visit("/no-such-page");
        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.find(By.linkText("Go to your home page")).getDomAttribute("href")).isEqualTo("/");
        browser.screenshot("404");

        browser.visit("/tasks/no-such-task");
        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.text()).contains("Sign out Cora Coordinator");
    }

    @Test
    void someoneElsesTaskAndACoordinatorsPageAreRefusedAsPages() {
        String review = api.task("cora", api.somersetLetter(), ProcessKeys.REVIEW_FINDINGS, null);

        browser.signIn("owen").visit("/tasks/" + review);
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        browser.screenshot("403-task");

        browser.visit("/letters/new");
        assertThat(browser.heading()).isEqualTo("You cannot open this page");
        assertThat(browser.text()).contains("Error 403");
        browser.screenshot("403-page");
    }
}
