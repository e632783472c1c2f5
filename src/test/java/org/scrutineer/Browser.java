package org.scrutineer;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One headless Chromium, as a person uses Scrutineer: it signs in through {@code /login}, opens pages, types, clicks
 * and presses keys. Every page of ours it lands on is checked with axe-core before anything is done on it, and a
 * serious or critical violation fails the test then and there ({@link #accessible()}); all violations of any impact
 * are written to {@code target/screenshots/axe.txt}. Screenshots go to {@code target/screenshots/}.
 * <p>
 * Actions that load a page ({@link #visit}, {@link #follow}, {@link #pressAndFollow}) wait for the new page; the
 * others ({@link #click}, {@link #type}, {@link #press}) stay on the page they act on.
 */
public final class Browser implements AutoCloseable {

    public static final String BINARY = System.getProperty("scrutineer.browser.binary", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("scrutineer.browser.driver", "/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** Camunda's webapps are not ours to make accessible; administrators use them as they come. */
    private static final List<String> NOT_OURS = List.of("/camunda/", "/api/", "/engine-rest/");
    /** Run in every document before its own scripts: what the page's Content-Security-Policy refused to load or run. */
    private static final String RECORD_POLICY_REFUSALS = "window.__scrutineerRefused = [];"
            + " document.addEventListener('securitypolicyviolation', e => window.__scrutineerRefused.push("
            + "e.violatedDirective + ' refused ' + (e.blockedURI || 'something') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final String name;
    private int shots;

    private Browser(ChromeDriver driver, Path profile, String base, String name) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.name = name;
    }

    private static boolean cleared;

    /** A fresh browser (its own profile: no cookies, no cache) for {@code base}, naming its screenshots {@code name}. */
    public static Browser open(String base, String name) {
        try {
            clearEarlierRuns();
            Path profile = Files.createTempDirectory("scrutineer-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB",
                    "--hide-scrollbars");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(60));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_POLICY_REFUSALS));
            return new Browser(driver, profile, base, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The screenshots and axe report in {@link #SCREENSHOTS} are this run's only. */
    private static synchronized void clearEarlierRuns() throws IOException {
        if (cleared || !Files.isDirectory(SCREENSHOTS)) {
            cleared = true;
            return;
        }
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".png") || f.endsWith("axe.txt")).toList()) {
                Files.delete(file);
            }
        }
        cleared = true;
    }

    /** Whether Debian's chromium and chromium-driver are where the tests look for them. */
    public static boolean installed() {
        return Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
    }

    // --- going places

    /** Opens a path of the app (or a full address) and checks the page it lands on. */
    public Browser visit(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return arrived();
    }

    /** Signs in through {@code /login} with the demo password (the user id), and lands on {@code /}. */
    public Browser signIn(String user) {
        return signIn(user, user);
    }

    public Browser signIn(String user, String password) {
        visit("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        return follow(By.cssSelector("main button[type=submit]"));
    }

    /** Signs out with the header's button. */
    public Browser signOut() {
        return follow(By.cssSelector("form[action='/logout'] button"));
    }

    /** Clicks something that loads another page (a link, a form's button), and checks that page. */
    public Browser follow(By what) {
        accessible();
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        return arrivedAfter(page);
    }

    /** Presses keys on what has the focus, which load another page (Enter on a link or a form's button). */
    public Browser pressAndFollow(CharSequence... keys) {
        accessible();
        WebElement page = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(keys).perform();
        return arrivedAfter(page);
    }

    // --- acting on the page

    /** Clicks something that stays on this page (a checkbox, a radio). */
    public Browser click(By what) {
        accessible();
        driver.findElement(what).click();
        return this;
    }

    /** Replaces a field's text with {@code text}, typed key by key. */
    public Browser type(By field, String text) {
        accessible();
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Chooses a file for a file input, as the file picker would. */
    public Browser choose(By fileInput, Path file) {
        accessible();
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().normalize().toString());
        return this;
    }

    /** Presses keys on what has the focus (Tab, Space, letters), staying on this page. */
    public Browser press(CharSequence... keys) {
        accessible();
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /**
     * Presses Tab until what has the focus matches, as a keyboard user moves through the page; fails if it is not
     * reached within {@code most} presses.
     */
    public Browser tabTo(Predicate<WebElement> target, String what, int most) {
        for (int i = 0; i < most; i++) {
            press(Keys.TAB);
            if (target.test(focused())) {
                return this;
            }
        }
        throw new AssertionError(what + " was not reached with " + most + " presses of Tab on " + path());
    }

    /** Runs a script in the page, as the page's own scripts would. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * What the app answers a request for {@code path} that carries this browser's cookies, as a typed address or a
     * page's script would send them (asked from here, not from the page: a 401 with a Basic challenge would hold a
     * headless page waiting for a sign-in dialog nobody can see).
     */
    public Fetched fetch(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json"));
    }

    /** Sends a request with this browser's cookies, as a form the page does not have (or a script) would. */
    public Fetched send(HttpRequest.Builder request) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Fetched(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the app answered: its status, content type and body. */
    public record Fetched(int status, String contentType, String body) {
    }

    // --- reading the page

    /** Waits until something is on the page (as a script-built page, Camunda's, builds it), and returns it. */
    public WebElement waitFor(By what) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    public WebElement find(By what) {
        return driver.findElement(what);
    }

    public List<WebElement> findAll(By what) {
        return driver.findElements(what);
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The path (and query) the browser is at. */
    public String path() {
        URI at = URI.create(driver.getCurrentUrl());
        return at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery());
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The page's text as a person reads it. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The error summary's messages, top of the page; empty when there is none. */
    public List<String> problems() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                .map(WebElement::getText).toList();
    }

    /** The error shown beside a field (by the field's id), within its form group; fails when there is none. */
    public String errorBeside(String fieldId) {
        WebElement field = driver.findElement(By.id(fieldId));
        WebElement group = field.findElement(By.xpath("ancestor::div[contains(@class,'govuk-form-group')][1]"));
        return group.findElement(By.cssSelector(".govuk-error-message:not([hidden])")).getText()
                .replaceFirst("^Error:\\s*", "");
    }

    /** The address of a path of the app. */
    public URI address(String path) {
        return URI.create(base + path);
    }

    public WebDriver driver() {
        return driver;
    }

    // --- evidence

    /**
     * Saves the whole page (not only the window) as {@code target/screenshots/NAME-N-LABEL.png}; returns the file.
     */
    public Path screenshot(String label) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number width = (Number) script("return document.documentElement.scrollWidth");
            Number height = (Number) script("return Math.min(document.documentElement.scrollHeight, 12000)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                            "scale", 1)));
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", name, ++shots, label));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the page with axe-core, once per page: fails on any serious or critical violation, naming each with the
     * elements at fault, and on anything the page's Content-Security-Policy refused. Pages not ours (Camunda's
     * webapps, API answers) are left alone.
     */
    public Browser accessible() {
        if (NOT_OURS.stream().anyMatch(path()::startsWith)) {
            return this;
        }
        // a style or script our policy refused is a page that looks or works other than it was made to
        Object refused = script("return window.__scrutineerRefused || []");
        if (refused instanceof List<?> list && !list.isEmpty()) {
            screenshot("policy-refused");
            throw new AssertionError("The page's Content-Security-Policy refused, on " + path() + ": " + list);
        }
        Boolean checked = (Boolean) script("return window.__scrutineerAxe === true");
        if (Boolean.TRUE.equals(checked)) {
            return this;
        }
        Results results = new AxeBuilder().analyze(driver);
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe-core could not check " + path() + ": " + results.getErrorMessage());
        }
        script("window.__scrutineerAxe = true");
        List<Rule> violations = results.getViolations();
        record(violations);
        List<Rule> failing = violations.stream().filter(v -> FAILING_IMPACTS.contains(v.getImpact())).toList();
        if (!failing.isEmpty()) {
            screenshot("axe-violation");
            throw new AssertionError("axe-core finds " + failing.size() + " serious or critical accessibility"
                    + " violation(s) on " + path() + ":\n" + describe(failing));
        }
        return this;
    }

    /** Checks the page with axe-core again, as the page's script has changed it (an error shown, a field revealed). */
    public Browser accessibleAgain() {
        script("window.__scrutineerAxe = false");
        return accessible();
    }

    private void record(List<Rule> violations) {
        if (violations.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve("axe.txt"), name + " " + path() + "\n" + describe(violations) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "      " + node.getTarget() + "  " + node.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private Browser arrivedAfter(WebElement previous) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(previous));
        return arrived();
    }

    private Browser arrived() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(script("return document.readyState")));
        return accessible();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // a profile left in the temporary directory is harmless
            }
        }
    }
}
