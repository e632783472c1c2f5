package org.scrutineer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.scrutineer.plan.PlanService;
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
    @MockitoSpyBean
    PlanService plans;

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
        }).doCallRealMethod().when(progress).openCycle(anyString(), anyString(), anyInt(), any(), any());
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
                "{\"progress\": \"Begun.\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\"}").status()).isEqualTo(204);
    }

    /**
     * The step after an owner's acceptance runs as a job (asyncAfter). One that loses a race for the engine's rows
     * to another transaction must run again as it was, not spend a retry: enough such races would otherwise end
     * as an incident and stop the plan going live, though nothing failed.
     */
    @Test
    void aContinuationThatLostARaceRunsAgainWithoutSpendingARetry() {
        Api api = new Api(mvc, json);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": "
                + "[{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}]}");
        doThrow(new OptimisticLockingException("another transaction changed the execution first"))
                .doCallRealMethod().when(plans).goLive(anyString(), any());
        String accept = api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");
        assertThat(api.postJson("owen", "/api/tasks/" + accept + "/complete", "{\"accepted\": true}").status()).isEqualTo(204);
        Job continuation = management.createJobQuery().activityId(ProcessKeys.ACCEPT_ACTION).singleResult();

        assertThatThrownBy(() -> management.executeJob(continuation.getId())).isInstanceOf(OptimisticLockingException.class);

        Job again = management.createJobQuery().jobId(continuation.getId()).executable().singleResult();
        assertThat(again).as("the job, ready to run again at once").isNotNull();
        assertThat(again.getRetries()).as("retries left").isEqualTo(continuation.getRetries());
        assertThat(again.getExceptionMessage()).as("recorded as a failure").isNull();
        management.executeJob(again.getId());
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("status").asText()).isEqualTo("LIVE");
    }

    private java.util.List<Cycle> cyclesOf(String letterId) {
        return mongo.find(Query.query(Criteria.where("letterId").is(letterId)), Cycle.class);
    }
}
