package org.scrutineer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every list our API answers is a page: a JSON array of at most 200 entries (50 unless asked), with the count of all
 * in {@code X-Total-Count} and the other pages in {@code Link}; a page or size out of range is a 400 problem. The
 * list of letters carries summaries, never the letters' texts, so no amount of stored text can make it fail.
 */
@ScrutineerTest
class PagingTests {

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

    @Test
    void theLetterListIsAPageOfSummariesWithoutTheirText() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("cora", "/api/letters", "{\"text\": " + json.writeValueAsString(new String(
                    Api.resource("/letters/somerset-2011-ucra-letter.txt"), java.nio.charset.StandardCharsets.UTF_8)) + "}")
                    .status()).isEqualTo(201);
        }
        MvcResult first = page("cora", "/api/letters?size=2");
        JsonNode letters = json.readTree(first.getResponse().getContentAsByteArray());
        assertThat(letters).hasSize(2);
        long total = Long.parseLong(first.getResponse().getHeader("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.getResponse().getHeader("Link")).contains("page=1&size=2>; rel=\"next\"", "rel=\"last\"")
                .doesNotContain("rel=\"prev\"");
        JsonNode newest = letters.get(0);
        assertThat(newest.has("text")).isFalse();
        assertThat(newest.path("findings").isInt()).as("a count, not the findings").isTrue();
        assertThat(newest.path("findings").asInt()).isEqualTo(
                api.get("cora", "/api/letters/" + newest.path("id").asText()).json().path("findings").size());
        assertThat(newest.path("authority").asText()).isEqualTo("Somerset County Council");

        // paging through gives every letter once, newest first
        List<String> ids = new ArrayList<>();
        for (int p = 0; p * 2 < total; p++) {
            api.get("cora", "/api/letters?size=2&page=" + p).json().forEach(l -> ids.add(l.path("id").asText()));
        }
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(api.get("cora", "/api/letters?size=2&page=" + (total / 2 + 1)).json()).isEmpty();
        assertThat(api.get("cora", "/api/letters").json()).hasSizeLessThanOrEqualTo(Paging.DEFAULT_SIZE);
    }

    /** Thirty letters of 2 million characters: 60 MB of text, past what the document store sends in one reply. */
    @Test
    void theLetterListStaysSmallWhateverTheLettersHold() throws Exception {
        String text = "x".repeat(2_000_000);
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                mongo.getCollection("letters").insertOne(new Document("_id", id).append("text", text)
                        .append("title", "Long letter " + i).append("registeredAt", new Date())
                        .append("findings", List.of()).append("findingsConfirmed", false));
            }
            MvcResult all = page("cora", "/api/letters?size=200");
            assertThat(all.getResponse().getContentAsByteArray().length).isLessThan(200_000);
            assertThat(json.readTree(all.getResponse().getContentAsByteArray()).findValuesAsText("id")).containsAll(ids);
        } finally {
            ids.forEach(id -> mongo.getCollection("letters").deleteOne(new Document("_id", id)));
        }
    }

    @Test
    void tasksAndTheAuditTrailArePaged() throws Exception {
        String letterId = api.liveSomersetPlan();
        String audit = "/api/letters/" + letterId + "/audit";
        JsonNode whole = api.get("cora", audit + "?size=200").json();
        assertThat(whole.size()).isGreaterThan(3);
        MvcResult firstTwo = page("cora", audit + "?size=2");
        assertThat(firstTwo.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));
        List<JsonNode> paged = new ArrayList<>();
        for (int p = 0; p * 2 < whole.size(); p++) {
            api.get("cora", audit + "?size=2&page=" + p).json().forEach(paged::add);
        }
        assertThat(paged).containsExactlyElementsOf(whole);
        MvcResult second = page("cora", audit + "?size=2&page=1");
        assertThat(second.getResponse().getHeader("Link")).contains("page=0&size=2>; rel=\"prev\"");

        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        MvcResult owens = page("owen", "/api/tasks?size=1");
        assertThat(json.readTree(owens.getResponse().getContentAsByteArray())).hasSize(1);
        assertThat(Long.parseLong(owens.getResponse().getHeader("X-Total-Count"))).isPositive();

        MvcResult reports = page("chris", "/api/reports?letterId=" + letterId + "&size=1");
        assertThat(reports.getResponse().getHeader("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void aPageOrSizeOutOfRangeIsA400Problem() {
        String letterId = api.postJson("cora", "/api/letters", "{\"text\": \"Dear Sir\"}").json().path("id").asText();
        for (String list : List.of("/api/letters?", "/api/tasks?", "/api/reports?letterId=" + letterId + "&",
                "/api/letters/" + letterId + "/audit?")) {
            for (String range : List.of("size=0", "size=201", "size=-5", "page=-1", "size=abc", "page=1e3",
                    "page=2147483647", "page=5000001&size=2", "size=99999999999")) {
                Api.Response response = api.get("cora", list + range);
                assertThat(response.status()).as(list + range).isEqualTo(400);
                assertThat(response.contentType()).as(list + range).startsWith("application/problem+json");
            }
            assertThat(api.get("cora", list + "size=200&page=0").status()).as(list).isEqualTo(200);
        }
    }

    /** Spring reads the first of a parameter given twice: a caller meaning the second would get another page unawares. */
    @Test
    void aParameterGivenTwiceIsA400ProblemNamingIt() {
        String letterId = api.postJson("cora", "/api/letters", "{\"text\": \"Dear Sir\"}").json().path("id").asText();
        for (String list : List.of("/api/letters?", "/api/tasks?", "/api/reports?letterId=" + letterId + "&",
                "/api/letters/" + letterId + "/audit?")) {
            for (String twice : List.of("size=2&size=3", "page=1&page=2", "page=0&size=2&page=0", "size=2&page=0&size=2")) {
                Api.Response response = api.get("cora", list + twice);
                assertThat(response.status()).as(list + twice).isEqualTo(400);
                assertThat(response.contentType()).as(list + twice).startsWith("application/problem+json");
                JsonNode error = response.json().path("errors").get(0);
                assertThat(error.path("field").asText()).as(list + twice).isEqualTo(twice.startsWith("page") ? "page" : "size");
                assertThat(error.path("message").asText()).contains("given 2 times");
            }
            assertThat(api.get("cora", list + "size=2&page=0").status()).as(list).isEqualTo(200);
        }
        assertThat(api.get("cora", "/api/reports?letterId=" + letterId + "&letterId=" + letterId).json()
                .path("errors").get(0).path("field").asText()).isEqualTo("letterId");
    }

    /** The links name no host: one taken from the request's Host header would send a reader wherever it said. */
    @Test
    void theLinksAreRelativeToTheSiteWhateverHostTheRequestNames() throws Exception {
        for (String host : List.of("evil.example", "evil.example:8443")) {
            MvcResult result = mvc.perform(get("/api/tasks?size=1").header("Host", host).with(httpBasic("cora", "cora")))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            String link = result.getResponse().getHeader("Link");
            assertThat(link).as(host).doesNotContain("evil.example").doesNotContain("//")
                    .startsWith("</api/tasks?page=0&size=1>; rel=\"first\"");
            for (String each : link.split(", ")) {
                assertThat(each).as(host).matches("</api/tasks\\?page=\\d+&size=1>; rel=\"(first|prev|next|last)\"");
            }
        }
    }

    private MvcResult page(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(httpBasic(user, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result;
    }
}
