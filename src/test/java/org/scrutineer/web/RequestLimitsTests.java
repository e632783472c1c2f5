package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How big and how deep a request body may be. Bodies go over a real port, as Tomcat takes them (MockMvc hands the
 * servlet a body already in memory, with its length). The annotations are EngineDoorsTests', so the two share a context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestLimitsTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TaskService tasks;

    @Test
    void aJsonBodyPastTheUploadLimitIsRefusedWhetherItDeclaresItsLengthOrNot() throws Exception {
        // 23 MB, of which no value passes Jackson's own limit of 20 million characters: only the body's size is wrong
        byte[] body = ("{\"text\": \"" + "Dear Sir. ".repeat(1_990_000) + "\"" + " ".repeat(3_000_000) + "}")
                .getBytes(StandardCharsets.UTF_8);
        long letters = mongo.getCollection("letters").countDocuments();

        for (BodyPublisher publisher : new BodyPublisher[] {BodyPublishers.ofByteArray(body),
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/letters"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cora:cora".getBytes()))
                    .header("Content-Type", "application/json").POST(publisher).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("title").asText()).isEqualTo("Request too large");
            assertThat(problem.path("detail").asText()).isEqualTo("The request body is larger than 21 MB, the most we accept.");
        }
        assertThat(mongo.getCollection("letters").countDocuments()).isEqualTo(letters);
    }

    @Test
    void aValueTooLongOrNestedTooDeepForJacksonIsRefusedSayingWhich() throws Exception {
        Api api = new Api(mvc, json);
        String letter = api.postJson("cora", "/api/letters", "{\"text\": " + json.writeValueAsString(new String(
                Api.resource("/letters/rotherham-2011-ucra-letter.txt"), StandardCharsets.UTF_8)) + "}").json().path("id").asText();
        String review = api.task("cora", letter, ProcessKeys.REVIEW_FINDINGS, null);

        Api.Response tooLong = api.complete("cora", review, "{\"confirmed\": true, \"findings\": [{\"section\": \"strength\","
                + " \"text\": \"" + "y".repeat(20_000_001) + "\"}]}");
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.json().path("detail").asText()).isEqualTo("A value in the request body is longer than we read:"
                + " text may be at most 20,000,000 characters, a number 1,000 digits.");

        Api.Response tooDeep = api.complete("cora", review, "{\"findings\": " + "[".repeat(2_500) + "]".repeat(2_500) + "}");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().path("detail").asText())
                .isEqualTo("The request body nests values more than 1,000 deep, more than we read.");

        assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();
    }
}
