package org.scrutineer.workflow;

import org.camunda.bpm.engine.ManagementService;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tasklist completes tasks through the engine (its REST API), sending each value in the type of the variable
 * it loaded the form with. The same form checks apply there, and our pre-filled variables must have types
 * that can take what the forms submit.
 */
@ScrutineerTest
class TasklistDoorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ManagementService jobs;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService tasks;

    @Test
    void theChairReturnsAReportWithNoActionTickedAsTasklistSubmitsIt() {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");

        // a bad value through the engine's own door (what Tasklist and /engine-rest call) meets the same form check
        assertThatThrownBy(() -> tasks.complete(update, Map.of("progress", "Begun", "rag", "PURPLE")))
                .hasStackTraceContaining("rag").hasStackTraceContaining("must be one of");
        assertThat(tasks.createTaskQuery().taskId(update).count()).isOne();
        api.complete("owen", update, "{\"progress\": \"Begun.\", \"rag\": \"RED\"}");

        // Tasklist sends the checklist's list in the type of the variable it loaded: that must be able to hold one
        String signOff = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        assertThat(tasks.getVariableTyped(signOff, "returnedActionIds").getType().getName()).isEqualTo("json");
        tasks.complete(signOff, Map.of("decision", "RETURNED", "comments", "All: please add dates.",
                "returnedActionIds", SpinValues.jsonValue("[]").create()));
        api.task("owen", letterId, ProcessKeys.REVISE_PROGRESS_UPDATE, "A1");
    }
}
