package org.scrutineer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A test that uses Scrutineer in a real browser: the whole application on a random port, and a fresh headless
 * Chromium per test ({@link #browser}), closed after it (with a screenshot {@code …-failed.png} when the test
 * failed). Every page of ours the browser lands on is checked with axe-core (see {@link Browser}).
 * <pre>{@code
 * class ChairJourneyTests extends BrowserTest {
 *     @Test
 *     void aChairApprovesTheReport() {
 *         browser.signIn("chris").visit("/reports/" + id).screenshot("report");
 *         browser.click(By.id("decision")).follow(By.cssSelector("main button[type=submit]"));
 *         assertThat(browser.heading()).isEqualTo("My work");
 *     }
 * }
 * }</pre>
 * The annotations are RequestLimitsTests', so all these tests and those share one Spring context. {@link #api} sets
 * up what a test needs (a letter registered, a plan live) through the API, as the other tests do.
 * <p>
 * Debian's {@code chromium} and {@code chromium-driver} must be installed ({@code .ci/run} installs them): without
 * them these tests fail, unless {@code -Dscrutineer.browser.skip=true} says to skip them on a machine without a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class BrowserTest {

    /** The letter the journeys upload; the shared fixtures beside the project, or this project's copy. */
    protected static final Path WAKEFIELD = letter("wakefield-2018-focused-visit.pdf");

    @LocalServerPort
    protected int port;
    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;
    /** The engine's jobs, which the tests' engine leaves to {@code api.runDueJobs()} (its job executor is off). */
    @Autowired
    protected ManagementService jobs;

    protected Browser browser;
    protected Api api;

    @RegisterExtension
    final AfterEachCallback closeBrowser = context -> {
        if (browser == null) {
            return;
        }
        try (Browser closing = browser) {
            if (context.getExecutionException().isPresent()) {
                closing.screenshot("failed");
            }
        } finally {
            browser = null;
        }
    };

    @BeforeAll
    static void aBrowserIsInstalled() {
        if (Browser.installed()) {
            return;
        }
        String missing = "No browser to test the pages with: " + Browser.BINARY + " and " + Browser.DRIVER
                + " are needed (apt-get install -y chromium chromium-driver; .ci/run installs them).";
        if (Boolean.getBoolean("scrutineer.browser.skip")) {
            Assumptions.abort(missing + " Skipped, as -Dscrutineer.browser.skip=true asks.");
        }
        fail(missing + " To skip the browser tests on this machine, run with -Dscrutineer.browser.skip=true.");
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        api = new Api(mvc, json, jobs);
        String name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
        browser = Browser.open("http://localhost:" + port, name);
    }

    private static Path letter(String name) {
        Path shared = Path.of("..", "shared", "letters", name);
        return Files.isRegularFile(shared) ? shared : Path.of("src", "test", "resources", "letters", name);
    }
}
