package org.scrutineer.letter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.finding.LetterReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Letters arrive as PDF, Word, HTML or text in any common encoding, are read by their bytes, and kept as they came. */
@ScrutineerTest
class LetterFormatsTests {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, json);
    }

    /** The reading itself is checked against the gold labels in {@link GoldLabelTests}; here, that the door gives it. */
    @ParameterizedTest
    @ValueSource(strings = {"wakefield-2018-focused-visit", "peterborough-2023-focused-visit",
            "norfolk-2013-looked-after-children-inspection"})
    void aPdfLetterUploadedIsReadFromItsTextLayer(String letter) throws Exception {
        byte[] pdf = Api.resource("/letters/" + letter + ".pdf");
        JsonNode read = ok(api.upload("cora", "/api/letters/extract", "upload.bin", pdf, null));

        ExtractedLetter expected = new LetterReader().read(PdfText.read(pdf, new LetterLimits(200, 2_000_000, null)));
        assertThat(read).isEqualTo(json.valueToTree(expected));
        assertThat(read.path("findings")).isNotEmpty();
        assertThat(read.path("findings").get(0).path("source").path("page").asInt()).isPositive();
        assertThat(read.path("inspectionStart").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aWordOrHtmlLetterReadsToTheSameFindingsAsItsText() {
        JsonNode fromText = ok(api.postJson("cora", "/api/letters/extract", json.createObjectNode()
                .put("text", TestLetters.SOMERSET).toString()));
        assertThat(fromText.path("findings")).hasSize(15);

        JsonNode fromWord = ok(api.upload("cora", "/api/letters/extract", "letter.txt", TestLetters.docx(TestLetters.SOMERSET), null));
        JsonNode fromHtml = ok(api.upload("cora", "/api/letters/extract", "letter.pdf",
                TestLetters.html(TestLetters.SOMERSET).getBytes(StandardCharsets.UTF_8), null));

        // Each finding's source points into its own format's text, so only that differs.
        assertThat(withoutSources(fromWord)).isEqualTo(withoutSources(fromText));
        assertThat(withoutSources(fromHtml)).isEqualTo(withoutSources(fromText));
        assertThat(fromWord.path("title")).isEqualTo(fromText.path("title"));
        assertThat(fromHtml.path("signatory")).isEqualTo(fromText.path("signatory"));
    }

    @Test
    void textInUtf16OrWindows1252ReadsTheSameAsUtf8() {
        JsonNode fromUtf8 = ok(api.upload("cora", "/api/letters/extract", "letter.txt", bytes("\uFEFF", StandardCharsets.UTF_8), null));
        assertThat(fromUtf8.path("title").asText()).endsWith("children\u2019s services");

        for (byte[] encoded : List.of(bytes("\uFEFF", StandardCharsets.UTF_16LE), bytes("\uFEFF", StandardCharsets.UTF_16BE),
                bytes("", Charset.forName("windows-1252")))) {
            JsonNode read = ok(api.upload("cora", "/api/letters/extract", "letter.txt", encoded, null));
            assertThat(read).isEqualTo(fromUtf8);
        }
    }

    @Test
    void theOriginalIsKeptAsUploadedWithTheTypeItsBytesShow() {
        byte[] pdf = Api.resource("/letters/wakefield-2018-focused-visit.pdf");
        Map<String, byte[]> uploads = Map.of(
                "application/pdf", pdf,
                DOCX, TestLetters.docx(TestLetters.SOMERSET),
                "text/html;charset=UTF-8", TestLetters.html(TestLetters.SOMERSET).getBytes(StandardCharsets.UTF_8),
                "text/plain;charset=windows-1252", TestLetters.SOMERSET.getBytes(Charset.forName("windows-1252")));
        uploads.forEach((type, bytes) -> {
            JsonNode letter = created(api.upload("cora", "/api/letters", "scan.png", bytes, null));
            assertThat(MediaType.parseMediaType(letter.path("original").path("contentType").asText()))
                    .isEqualTo(MediaType.parseMediaType(type));

            Api.Response original = api.get("chris", "/api/letters/" + letter.path("id").asText() + "/original");
            assertThat(original.status()).isEqualTo(200);
            assertThat(MediaType.parseMediaType(original.contentType())).isEqualTo(MediaType.parseMediaType(type));
            assertThat(original.body()).isEqualTo(bytes);
        });
        assertProblem(api.get("chris", "/api/letters/no-such-letter/original"), 404, "no-such-letter");
    }

    /** The name a file came with is shown in the trail and given back on download: only its own name, plainly. */
    @Test
    void anOriginalsNameIsKeptWithoutPathsOrInvisibleCharacters() {
        JsonNode letter = created(api.upload("cora", "/api/letters", "../../etc/\u202Efdp.\u0001\u001b[31mletter.txt",
                TestLetters.SOMERSET.getBytes(StandardCharsets.UTF_8), null));
        assertThat(letter.path("original").path("filename").asText()).isEqualTo("fdp.[31mletter.txt");
        JsonNode unnamed = created(api.upload("cora", "/api/letters", "C:\\letters\\", TestLetters.SOMERSET
                .getBytes(StandardCharsets.UTF_8), null));
        assertThat(unnamed.path("original").path("filename").asText()).isEqualTo("letter.txt");
    }

    /** Two letters in one request, or a text beside the file, or two committees: which was meant is not guessed. */
    @Test
    void aRequestCarriesOneLetterAndEachFieldOnce() {
        long letters = mongo.getCollection("letters").countDocuments();
        byte[] somerset = TestLetters.SOMERSET.getBytes(StandardCharsets.UTF_8);
        var two = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/letters")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "a.txt", "text/plain", somerset))
                .file(new org.springframework.mock.web.MockMultipartFile("file", "b.txt", "text/plain", somerset));
        assertThat(assertProblem(api.call("cora", two), 400, "one letter").path("errors").toString())
                .contains("must be one file");
        var textToo = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/letters")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "a.txt", "text/plain", somerset))
                .param("text", "Another letter");
        assertThat(assertProblem(api.call("cora", textToo), 400, "one letter").path("errors").toString())
                .contains("text", "is not a field");
        var committees = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/letters")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "a.txt", "text/plain", somerset))
                .param("committee", "Children's Scrutiny").param("committee", "Audit");
        assertThat(assertProblem(api.call("cora", committees), 400, "one letter").path("errors").toString())
                .contains("committee", "must be given once");

        // the page takes the same care
        org.scrutineer.PageSession cora = org.scrutineer.PageSession.signedIn(mvc, "cora");
        assertThat(cora.post("/letters/new", "text", TestLetters.SOMERSET, "committee", "A", "committee", "B")
                .text("committee-error")).contains("Give the committee's name once");

        assertThat(mongo.getCollection("letters").countDocuments()).isEqualTo(letters);
        assertThat(api.upload("cora", "/api/letters", "a.txt", somerset, "Children's Scrutiny").status()).isEqualTo(201);
    }

    /** Pasted text that is no letter is shown as pasted, and the check warns before anyone registers it. */
    @Test
    void pastedTextThatIsNoLetterIsShownAsPastedAndWarnedOf() {
        org.scrutineer.PageSession cora = org.scrutineer.PageSession.signedIn(mvc, "cora");

        org.scrutineer.PageSession.Page check = cora.post("/letters/new", "text", "Hello, this is not a letter.");

        assertThat(check.document().text()).contains("Pasted text (28 characters)").doesNotContain("letter.txt");
        assertThat(check.text("unrecognised")).contains("Nothing here reads like an inspection letter");
        assertThat(cora.post("/letters/new", "text", TestLetters.SOMERSET).has("unrecognised")).isFalse();
    }

    @Test
    void aPdfWithoutTextIsRefusedAndNothingIsStored() {
        long letters = mongo.getCollection("letters").countDocuments();
        long files = mongo.getCollection("fs.files").countDocuments();

        JsonNode problem = assertProblem(api.upload("cora", "/api/letters", "letter.pdf", TestLetters.pdfWithoutText(), null),
                422, "no text to read");
        assertThat(problem.path("detail").asText()).contains("Paste the letter's text");
        assertProblem(api.upload("cora", "/api/letters/extract", "letter.pdf", TestLetters.pdfWithoutText(), null),
                422, "no text to read");

        assertThat(mongo.getCollection("letters").countDocuments()).isEqualTo(letters);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(files);
    }

    @Test
    void filesWeCannotReadGetAProblemSayingWhyAndNothingIsStored() {
        long letters = mongo.getCollection("letters").countDocuments();
        long files = mongo.getCollection("fs.files").countDocuments();

        assertProblem(api.upload("cora", "/api/letters", "letter.txt", TestLetters.png(), null), 415, "an image");
        assertProblem(api.upload("cora", "/api/letters", "letter.docx", TestLetters.zip("notes.txt", "Dear Sir"), null),
                415, "not a Word (DOCX) document");
        assertProblem(api.upload("cora", "/api/letters", "letter.pdf",
                "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1), null), 415, "damaged");
        assertProblem(api.upload("cora", "/api/letters", "letter.docx", TestLetters.zip("word/document.xml", "<w:document"), null),
                415, "damaged");
        // a download that stopped a third of the way: PDFBox would rebuild it and read garbled text
        byte[] wakefield = Api.resource("/letters/wakefield-2018-focused-visit.pdf");
        assertProblem(api.upload("cora", "/api/letters", "letter.pdf", java.util.Arrays.copyOf(wakefield,
                wakefield.length / 3), null), 415, "not a complete PDF");
        assertProblem(api.upload("cora", "/api/letters", "letter.pdf", TestLetters.passwordProtectedPdf(), null),
                422, "password");
        assertProblem(api.upload("cora", "/api/letters", "letter.pdf", TestLetters.pdf(201, "Page"), null), 413, "200 pages");
        String tooLong = "Dear Sir,\n" + "The council met again. ".repeat(100_000);
        assertProblem(api.upload("cora", "/api/letters", "letter.txt", tooLong.getBytes(StandardCharsets.UTF_8), null),
                413, "2,000,000 characters");

        assertThat(mongo.getCollection("letters").countDocuments()).isEqualTo(letters);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(files);
    }

    private static byte[] bytes(String bom, Charset charset) {
        return (bom + TestLetters.SOMERSET).getBytes(charset);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return response.json();
    }

    private static JsonNode assertProblem(Api.Response response, int status, String detailMentions) {
        assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem content type, got " + response.contentType()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("title").asText() + " " + problem.path("detail").asText()).containsIgnoringCase(detailMentions);
        return problem;
    }

    private static JsonNode withoutSources(JsonNode extraction) {
        JsonNode findings = extraction.path("findings").deepCopy();
        findings.forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("source"));
        return findings;
    }
}
