package org.scrutineer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A job (the reporting interval's timer) that fails after its MongoDB write rolls back in the engine and is
 * retried: nothing the failed attempt wrote stands, and the retry opens the cycle once.
 */
@ScrutineerTest
class RetriedJobTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MongoTemplate mongo;
    @MockitoSpyBean
    ProgressService progress;

    @Test
    void aTimerJobThatFailsAfterOpeningTheCycleIsRetriedIntoTheSameCycle() {
        Api api = new Api(mvc, json);
        String letterId = api.liveSomersetPlan();
        String letterProcess = api.get("cora", "/api/letters/" + letterId).json().path("processInstanceId").asText();
        Job timer = management.createJobQuery().processInstanceId(letterProcess).timers().singleResult();

        // the first attempt writes the cycle to MongoDB, then fails before the engine commits
        doAnswer(call -> {
            call.callRealMethod();
            throw new IllegalStateException("the connection dropped after the write");
        }).doCallRealMethod().when(progress).openCycle(anyString(), anyString(), anyInt(), any());
        assertThatThrownBy(() -> management.executeJob(timer.getId())).hasStackTraceContaining("connection dropped");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORTING_CYCLE)
                .processInstanceBusinessKey(letterId).count()).isZero();
        // and nothing it wrote stands: the journal undid the cycle and its audit entry
        assertThat(cyclesOf(letterId)).isEmpty();
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .doesNotContain("cycle.opened");

        management.executeJob(timer.getId());

        assertThat(cyclesOf(letterId)).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.id()).isEqualTo(letterId + "-cycle-1");
        });
        String runningCycle = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORTING_CYCLE)
                .processInstanceBusinessKey(letterId).singleResult().getId();
        assertThat(runtime.getVariable(runningCycle, Variables.CYCLE_ID)).isEqualTo(letterId + "-cycle-1");
        JsonNode trail = api.get("cora", "/api/letters/" + letterId + "/audit").json();
        assertThat(trail.findValuesAsText("action").stream().filter("cycle.opened"::equals)).hasSize(1);
        // and owen's task in it works
        assertThat(api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"Begun.\", \"rag\": \"GREEN\"}").status()).isEqualTo(204);
    }

    private java.util.List<Cycle> cyclesOf(String letterId) {
        return mongo.find(Query.query(Criteria.where("letterId").is(letterId)), Cycle.class);
    }
}
