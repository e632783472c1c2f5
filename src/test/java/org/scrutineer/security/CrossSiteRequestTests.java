package org.scrutineer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A page on another site cannot make a signed-in browser change anything: a write whose Origin, or Sec-Fetch-Site,
 * says another site is refused with a 403 problem and changes nothing; scripts (no Origin) and the app's own pages
 * (same origin) go on working. MockMvc's server is http://localhost.
 */
@ScrutineerTest
class CrossSiteRequestTests {

    private static final String LETTER = "{\"text\": \"Dear Director, Areas for development: - Record every decision.\","
            + " \"committee\": \"Cross-site test committee\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void aLetterPostedFromAnotherSiteIsRefusedAndNothingIsStored() throws Exception {
        long before = letters();
        for (Map.Entry<String, String> header : Map.of("Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site").entrySet()) {
            MockHttpServletResponse refused = send(registerLetter().header(header.getKey(), header.getValue()));
            assertThat(refused.getStatus()).as(header + ": " + refused.getContentAsString()).isEqualTo(403);
            assertThat(refused.getContentType()).contains("application/problem+json");
            JsonNode problem = json.readTree(refused.getContentAsByteArray());
            assertThat(problem.path("title").asText()).isEqualTo("Cross-site request refused");
        }
        // a look-alike: another port, another scheme, the opaque "null" origin
        for (String origin : new String[] {"http://localhost:8081", "https://localhost", "null", "http://localhost.evil.example"}) {
            assertThat(send(registerLetter().header("Origin", origin)).getStatus()).as(origin).isEqualTo(403);
        }
        assertThat(letters()).as("nothing stored").isEqualTo(before);

        assertThat(send(registerLetter()).getStatus()).as("curl: no Origin").isEqualTo(201);
        assertThat(send(registerLetter().header("Origin", "http://localhost")).getStatus()).as("our own pages").isEqualTo(201);
        assertThat(send(registerLetter().header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                .getStatus()).isEqualTo(201);
        assertThat(letters()).isEqualTo(before + 3);
    }

    @Test
    void camundasDoorsRefuseAnotherSiteToo() throws Exception {
        for (String path : new String[] {"/engine-rest/process-definition/key/letter/start",
                "/camunda/api/engine/engine/default/task/x/complete", "/camunda/api/admin/auth/user/default/login/tasklist"}) {
            MockHttpServletResponse refused = send(post(path).header("Origin", "https://evil.example")
                    .contentType(MediaType.APPLICATION_JSON).content("{}"));
            assertThat(refused.getStatus()).as(path).isEqualTo(403);
            assertThat(refused.getContentAsString()).as(path).contains("Cross-site request refused");
        }
    }

    @Test
    void readsFromAnotherSiteAreLeftAlone() throws Exception {
        // another site cannot read the answer; the Tasklist sign-off form's PDF link is a read
        MockHttpServletResponse read = mvc.perform(get("/api/tasks").with(httpBasic("cora", "cora"))
                .header("Origin", "https://evil.example")).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
    }

    private MockHttpServletRequestBuilder registerLetter() {
        return post("/api/letters").contentType(MediaType.APPLICATION_JSON).content(LETTER);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("cora", "cora"))).andReturn().getResponse();
    }

    private long letters() throws Exception {
        MockHttpServletResponse list = mvc.perform(get("/api/letters").with(httpBasic("cora", "cora"))).andReturn().getResponse();
        long count = 0;
        for (JsonNode letter : json.readTree(list.getContentAsByteArray())) {
            if (letter.toString().contains("Cross-site test committee")) {
                count++;
            }
        }
        return count;
    }
}
