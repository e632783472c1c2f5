package org.scrutineer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterUpload;
import org.scrutineer.notify.NotificationSettings;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile on the PostgreSQL server of this machine (127.0.0.1:5432, database test, trust
 * auth), in a schema of its own that is dropped afterwards: the engine creates its tables there, runs the
 * letter process, and there are no demo users, only the admin with the id and password from the environment.
 */
@SpringBootTest
@ActiveProfiles({"test", "prod"})
// closed after the class instead of kept for others: its job executor and journal sweeps would run on the dropped
// schema, failing every 30 s for the rest of the suite (closing after the drop fails once, flushing metrics)
@DirtiesContext
class ProductionEngineTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "scrutineer_" + UUID.randomUUID().toString().replace("-", "");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        execute("CREATE SCHEMA " + SCHEMA);
        registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // the engine looks for its tables in this schema only: another test's schema on the same server (two-node
        // tests, a run that was killed) would otherwise look like tables already made, and none would be created
        registry.add("camunda.bpm.database.schema-name", () -> SCHEMA);
        registry.add("camunda.bpm.database.table-prefix", () -> SCHEMA + ".");
        registry.add("SCRUTINEER_ADMIN_PASSWORD", () -> "a-production-secret");
        registry.add("SCRUTINEER_ADMIN_ID", () -> "counciladmin");
        registry.add("SCRUTINEER_NOTIFICATIONS_BASE_URL", () -> "https://scrutineer.example.gov.uk/");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    LetterService letters;
    @Autowired
    NotificationSettings notifications;

    @Test
    void theEngineRunsOnPostgresWithoutDemoUsers() {
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(identity.createUserQuery().userId("cora").count()).isZero();
        // the admin is who SCRUTINEER_ADMIN_ID names; no "admin" to guess at
        assertThat(identity.createUserQuery().userId("admin").count()).isZero();
        assertThat(identity.checkPassword("counciladmin", "a-production-secret")).isTrue();
        assertThat(identity.checkPassword("counciladmin", "admin")).isFalse();
        // the engine's own lock is off (security/SignInThrottle slows guessing instead): not locked after 12 failures
        for (int i = 0; i < 12; i++) {
            identity.checkPassword("counciladmin", "guess-" + i);
        }
        assertThat(identity.checkPassword("counciladmin", "a-production-secret")).isTrue();
        // emails link to the address people open it at, as SCRUTINEER_NOTIFICATIONS_BASE_URL says
        assertThat(notifications.baseUrl()).isEqualTo("https://scrutineer.example.gov.uk");

        String text = new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8);
        String letterId = letters.register(LetterUpload.ofText(text, null), "admin").getId();
        String processId = runtime.startProcessInstanceByKey(ProcessKeys.LETTER, letterId, Map.of("letterId", letterId)).getId();

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(letterId).singleResult().getTaskDefinitionKey())
                .isEqualTo(ProcessKeys.REVIEW_FINDINGS);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = ?", Integer.class,
                ProcessKeys.REVIEW_FINDINGS)).isEqualTo(1);

        // text longer than PostgreSQL's 4,000-character variable column goes through, as the forms allow
        String progress = "Progress ü€ ".repeat(2000);
        runtime.setVariable(processId, "progress", progress);
        assertThat(runtime.getVariable(processId, "progress")).isEqualTo(progress);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
