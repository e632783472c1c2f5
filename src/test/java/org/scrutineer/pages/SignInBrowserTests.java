package org.scrutineer.pages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.camunda.bpm.engine.ProcessEngine;
import org.scrutineer.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sign-in for everything a browser opens, in a browser: a wrong password is told beside the form, the session
 * serves our pages, our API's reads and (for administrators) Camunda's webapps, and signing out ends it everywhere.
 */
class SignInBrowserTests extends BrowserTest {

    /** Cockpit's own header, there once its app has started (its sign-in form has none). */
    private static final By COCKPITS_HEADER = By.cssSelector("[cam-widget-header]");

    @Autowired
    ProcessEngine engine;

    /** Cockpit for this context's engine by name: other test contexts in this JVM register engines of their own. */
    private String cockpit() {
        return "/camunda/app/cockpit/" + engine.getName() + "/";
    }

    @Test
    void aWrongPasswordIsToldAndTheUserNameKeptThenTheRightOneOpensMyWork() {
        browser.visit("/login").screenshot("sign-in");
        browser.type(By.id("username"), "cora").type(By.id("password"), "not-her-password")
                .follow(By.cssSelector("main button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.problems()).containsExactly("The user name or password is not right.");
        assertThat(browser.find(By.id("username")).getDomProperty("value")).isEqualTo("cora");
        assertThat(browser.find(By.id("password")).getDomProperty("value")).isEmpty();
        browser.screenshot("wrong-password");

        browser.type(By.id("password"), "cora").follow(By.cssSelector("main button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("My work");
        assertThat(browser.text()).contains("Sign out Cora Coordinator");
    }

    @Test
    void signingOutEndsTheSessionForThePagesTheApiAndCockpit() {
        browser.signIn("admin");
        assertThat(browser.fetch("/api/tasks").status()).isEqualTo(200);
        browser.visit(cockpit()).waitFor(COCKPITS_HEADER);
        assertThat(browser.path()).startsWith(cockpit());

        browser.visit("/").signOut();
        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(browser.text()).contains("You have signed out.");
        browser.screenshot("signed-out");

        assertThat(browser.fetch("/api/tasks").status()).as("the API, read from the browser").isEqualTo(401);
        browser.visit(cockpit());
        assertThat(browser.path()).as("Cockpit sends a stranger to sign in").startsWith("/login?next=");
        browser.visit("/");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void someoneNotAnAdministratorOpeningTasklistLandsOnTheirOwnWork() {
        browser.signIn("cora").visit("/camunda/app/tasklist/");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("My work");
    }

    @Test
    void anAdministratorReachesCockpitWithoutSigningInAgain() {
        browser.signIn("admin").visit(cockpit());

        // Cockpit's own sign-in form would ask for the user name again; its dashboard shows the processes instead
        browser.waitFor(COCKPITS_HEADER);
        assertThat(browser.findAll(By.cssSelector("input[name=username], #inputUsername")))
                .as("no second sign-in").isEmpty();
        assertThat(browser.path()).startsWith(cockpit());
        browser.screenshot("cockpit");
    }

    @Test
    void signingInWorksFromTheKeyboardAlone() {
        browser.visit("/login");
        assertThat(browser.focused().getDomAttribute("id")).as("the user name has the focus").isEqualTo("username");

        browser.press("cora", Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("password");
        browser.press("cora", Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Sign in");
        browser.pressAndFollow(Keys.ENTER);

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("My work");
        // and out again: Skip to main content is the first stop, the header's links and Sign out follow it
        browser.tabTo(e -> e.getText().startsWith("Sign out"), "Sign out", 10).pressAndFollow(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/login?signedOut");
    }
}
