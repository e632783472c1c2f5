package org.scrutineer.letter;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.Browser;
import org.scrutineer.BrowserTest;
import org.scrutineer.workflow.ProcessKeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /letters/new} in a browser: a letter uploaded, its findings checked, then registered. */
class RegisterLetterBrowserTests extends BrowserTest {

    private static final By READ = By.xpath("//button[normalize-space()='Read the letter']");
    private static final By REGISTER = By.xpath("//button[normalize-space()='Register the letter']");

    @Test
    void aCoordinatorUploadsTheWakefieldLetterChecksItsFindingsAndRegistersIt() {
        browser.signIn("cora").follow(By.linkText("Register a letter"));
        assertThat(browser.path()).isEqualTo("/letters/new");
        browser.screenshot("upload");

        browser.choose(By.id("file"), WAKEFIELD)
                .type(By.id("committee"), "Children and Young People Scrutiny Committee")
                .follow(READ);

        assertThat(browser.heading()).isEqualTo("Check what was read");
        assertThat(browser.text()).contains("wakefield-2018-focused-visit.pdf (PDF,", "Focused visit to Wakefield Council",
                "22 March 2018", "Findings (20)", "6 findings call for action");
        assertThat(browser.find(By.id("section-priority_action")).getText())
                .contains("Areas for priority action (3)", "delays in case allocation");
        assertThat(browser.find(By.id("section-area_for_development")).getText()).contains("Areas for development (3)");
        assertThat(browser.find(By.id("committee")).getDomProperty("value"))
                .isEqualTo("Children and Young People Scrutiny Committee");
        browser.screenshot("check");
        String waiting = browser.find(By.name("upload")).getDomProperty("value");
        String token = browser.find(By.cssSelector("main input[name=_csrf]")).getDomProperty("value");

        browser.follow(REGISTER);

        assertThat(browser.path()).matches("/letters/[0-9a-f-]{36}");
        String letterId = browser.path().substring("/letters/".length());
        JsonNode letter = api.get("cora", "/api/letters/" + letterId).json();
        assertThat(letter.path("title").asText()).isEqualTo("Focused visit to Wakefield Council children’s services");
        assertThat(letter.path("committee").asText()).isEqualTo("Children and Young People Scrutiny Committee");
        assertThat(letter.path("findings").size()).isEqualTo(20);
        assertThat(letter.path("original").path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null)).isNotBlank();

        // Register pressed again (a double click, the check page in another tab): nothing is registered twice
        Browser.Fetched again = browser.send(HttpRequest.newBuilder(browser.address("/letters/new"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&upload=" + waiting)));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("That letter is no longer waiting to be registered");
    }

    @Test
    void aFileDroppedOnTheBoxIsTheOneRead() {
        browser.signIn("cora").visit("/letters/new");
        // a file dragged from the desktop arrives as a drop event carrying it; the test's comes from a spare input
        browser.script("""
                const spare = document.createElement('input');
                spare.type = 'file'; spare.id = 'spare'; spare.hidden = true;
                document.body.appendChild(spare);""");
        browser.choose(By.id("spare"), WAKEFIELD);
        browser.script("""
                const box = document.querySelector('[data-drop]');
                const carried = new DataTransfer();
                carried.items.add(document.getElementById('spare').files[0]);
                box.dispatchEvent(new DragEvent('dragover', {dataTransfer: carried, bubbles: true, cancelable: true}));
                box.dispatchEvent(new DragEvent('drop', {dataTransfer: carried, bubbles: true, cancelable: true}));
                document.getElementById('spare').remove();""");

        assertThat(browser.script("return document.getElementById('file').files[0].name"))
                .isEqualTo("wakefield-2018-focused-visit.pdf");
        browser.follow(READ);
        assertThat(browser.heading()).isEqualTo("Check what was read");
    }

    @Test
    void aFileThatIsNoLetterIsRefusedBesideTheField() throws IOException {
        Path picture = Files.createTempFile("not-a-letter", ".pdf");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        browser.signIn("cora").visit("/letters/new")
                .choose(By.id("file"), picture)
                .type(By.id("committee"), "Corporate Scrutiny")
                .follow(READ);

        assertThat(browser.heading()).isEqualTo("Register a letter");
        assertThat(browser.errorBeside("file")).startsWith("The file is an image, not a letter we can read");
        assertThat(browser.problems()).hasSize(1);
        assertThat(browser.find(By.id("committee")).getDomProperty("value")).isEqualTo("Corporate Scrutiny");
        browser.screenshot("refused");

        browser.follow(READ);
        assertThat(browser.errorBeside("file")).isEqualTo("Choose the letter's file, or paste its text.");
        Files.delete(picture);
    }

    @Test
    void aPastedLetterIsReadAndAFileTooLargeIsRefusedBeforeItIsSent() throws IOException {
        browser.signIn("cora").visit("/letters/new").type(By.id("text"), """
                Dear Mr Smith

                Unannounced inspection of contact, referral and assessment arrangements

                Areas for development
                - Ensure that all referrals are responded to within one working day.
                - Improve the recording of management decisions on case files.

                Yours sincerely
                Ann Inspector""").follow(READ);
        assertThat(browser.heading()).isEqualTo("Check what was read");
        assertThat(browser.text()).contains("Pasted text (", " characters)", "Areas for development (2)")
                .doesNotContain("letter.txt", "Nothing here reads like an inspection letter");

        browser.follow(By.linkText("Read another letter instead"));
        Path large = Files.createTempFile("large-letter", ".pdf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024); // past the 20 MB the server takes
        }
        browser.choose(By.id("file"), large);
        assertThat(browser.errorBeside("file")).startsWith("The file is larger than 20 MB");
        browser.accessibleAgain().click(READ);
        assertThat(browser.heading()).as("nothing sent").isEqualTo("Register a letter");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("file");
        browser.screenshot("too-large");
        Files.delete(large);
    }

    /**
     * Without the page's script the file is sent. Past the upload limit (20 MB) its form's fields, its CSRF token
     * among them, cannot be read; past the request limit (21 MB) it is not read at all. Either way the answer is a
     * page saying the file was too large, not a refusal as if the page were someone else's, nor the API's JSON.
     */
    @Test
    void aFileTooLargeSentWithoutThePagesScriptIsAnsweredWithAPageSayingSo() throws IOException {
        browser.signIn("cora").visit("/letters/new");
        String token = browser.find(By.cssSelector("main input[name=_csrf]")).getDomProperty("value");
        String boundary = "scrutineer-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] letter = new byte[20 * 1024 * 1024 + 1000];
        Arrays.fill(letter, (byte) 'a');

        // just past the upload limit: the server reads up to it, then answers
        Browser.Fetched answer = browser.send(HttpRequest.newBuilder(browser.address("/letters/new"))
                .header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(letter), HttpRequest.BodyPublishers.ofByteArray(tail))));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("What you sent is too large", "at most 20 MB");

        // past the request limit: answered from its declared length alone. Only the head is sent, as a server that
        // closes a connection with megabytes unread resets it, and the client may lose the answer with it
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /letters/new HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html"
                    + "\r\nCookie: " + cookies + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + 22L * 1024 * 1024 + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // the page whole, not to the connection's end: the server waits a while for the body it was promised
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; !response.toString(StandardCharsets.UTF_8).contains("</html>")
                    && (n = socket.getInputStream().read(buffer)) > 0; ) {
                response.write(buffer, 0, n);
            }
            assertThat(response.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 413")
                    .contains("text/html", "What you sent is too large");
        }
    }
}
