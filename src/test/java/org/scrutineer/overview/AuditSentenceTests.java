package org.scrutineer.overview;

import org.junit.jupiter.api.Test;
import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditValues;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.audit.AuditActions.*;

/** Each kind of audit entry as the letter's page says it: people by name, dates the UK way, reports by version. */
class AuditSentenceTests {

    private static final String CYCLE = "5e0c-letter-cycle-1";
    private final AuditSentence sentences = new AuditSentence(new Names(id -> Map.of("owen", "Owen Owner",
            "olive", "Olive Owner", "cora", "Cora Coordinator", "chris", "Chris Chair").getOrDefault(id, id)));

    @Test
    void saysWhenAndWhoDidWhatWithTheValuesItChanged() {
        AuditSentence.Line line = sentences.of(entry("2027-03-14T10:02:00Z", "owen", PROGRESS_REPORTED, "A2", null,
                AuditValues.of("rag", "AMBER", "percentComplete", 40, "completed", false, "revision", 1)));

        assertThat(line.when() + " — " + line.sentence()).isEqualTo("14 Mar 2027 10:02 — Owen Owner reported A2 AMBER, 40%");
        assertThat(line.at()).isEqualTo("2027-03-14T10:02:00Z");
    }

    @Test
    void londonsTimeIsTheTimeShown() {
        assertThat(sentences.of(entry("2027-07-01T09:30:00Z", "cora", LETTER_REGISTERED, null, null, null)).when())
                .isEqualTo("1 Jul 2027 10:30");
    }

    @Test
    void everyStepOfALettersPathReadsAsASentence() {
        assertThat(List.of(
                say("cora", LETTER_REGISTERED, null, null, AuditValues.of("filename", "somerset.txt")),
                say("cora", FINDINGS_EXTRACTED, null, null, AuditValues.of("findings", 15)),
                say("cora", LETTER_RETITLED, null, AuditValues.of("title", null),
                        AuditValues.of("title", "Inspection of Reading children’s services")),
                say("cora", LETTER_RETITLED, null, AuditValues.of("title", "Inspection of Wokingham Borough"),
                        AuditValues.of("title", "Inspection of Wokingham Borough Council children’s services")),
                say("cora", LETTER_REDATED, null, AuditValues.of("letterDate", null),
                        AuditValues.of("letterDate", java.time.LocalDate.of(2023, 5, 9))),
                say("cora", FINDINGS_REVISED, null, Map.of("F3", "x", "F7", "y"), Map.of("F3", "x2", "F16", "z")),
                say("cora", FINDINGS_CONFIRMED, null, null, AuditValues.of("confirmed", true, "findings", 1)),
                say("cora", PLAN_DRAFTED, null, null, AuditValues.of("actions", Map.of("A1", Map.of(), "A2", Map.of()))),
                say("olive", ACTION_DECLINED, "A2", null, AuditValues.of("reason", "Not my team")),
                say("cora", ACTION_REASSIGNED, "A2", AuditValues.of("owner", "olive"), AuditValues.of("owner", "owen")),
                say("system", PLAN_LIVE, null, null, null),
                say("cora", ACTION_DUE_DATE_MOVED, "A1", AuditValues.of("dueDate", "2011-08-05"), AuditValues.of("dueDate", "2012-03-30")),
                say("cora", ACTION_DUE_DATE_MOVED, "A2", AuditValues.of("dueDate", "2011-08-05"),
                        AuditValues.of("dueDate", "2012-04-27", "reason", "The panel asked for April")),
                say("system", CYCLE_OPENED, CYCLE, null, AuditValues.of("number", 1)),
                say("cora", CYCLE_OPENED, CYCLE, null, AuditValues.of("number", 1, "meetingDate", "2027-03-31",
                        "updatesDue", "2027-03-10")),
                say("owen", ACTION_EXTENSION_REQUESTED, "A1", null, AuditValues.of("requestedDueDate", "2027-06-30",
                        "reason", "Waiting for the new system")),
                say("cora", ACTION_EXTENSION_REFUSED, "A1", null, AuditValues.of("requestedDueDate", "2027-06-30",
                        "refusal", "The committee wants it by May")),
                say("cora", PLAN_MEETINGS_SCHEDULED, null, null, AuditValues.of("meetingDates", List.of("2027-03-31"))),
                say("system", PROGRESS_MISSED, "A2", null, AuditValues.of("owner", "olive", "reason", "no update by the deadline")),
                say("olive", PROGRESS_REVISED, "A2", AuditValues.of("rag", "AMBER", "percentComplete", 40),
                        AuditValues.of("rag", "RED", "percentComplete", 45, "completed", false)),
                say("system", REPORT_GENERATED, CYCLE + ":v1", null, null),
                say("chris", REPORT_RETURNED, CYCLE + ":v1", null, AuditValues.of("comments", "Give numbers.",
                        "returnedActionIds", List.of("A2"))),
                say("chris", REPORT_APPROVED, CYCLE + ":v2", null, AuditValues.of("comments", null)),
                say("system", REPORT_SIGNED, CYCLE + ":v2", null, AuditValues.of("signedVersion", CYCLE + ":v3")),
                say("system", ACTION_COMPLETED, "A3", null, null),
                say("system", CYCLE_CLOSED, CYCLE, null, null),
                say("system", PLAN_CLOSED, null, null, null),
                say("cora", "letter.somethingNew", "A9", null, null)
        )).containsExactly(
                "Cora Coordinator registered the letter (somerset.txt)",
                "Scrutineer read 15 findings from the letter",
                "Cora Coordinator named the letter: “Inspection of Reading children’s services”",
                "Cora Coordinator named the letter: “Inspection of Wokingham Borough Council children’s services”, "
                        + "instead of “Inspection of Wokingham Borough”",
                "Cora Coordinator dated the letter 9 May 2023",
                "Cora Coordinator revised the findings: changed F3; added F16; removed F7",
                "Cora Coordinator confirmed the letter's 1 finding",
                "Cora Coordinator drafted the action plan: 2 actions",
                "Olive Owner declined A2: “Not my team”",
                "Cora Coordinator gave A2 to Owen Owner in place of Olive Owner",
                "The action plan went live: every action accepted",
                "Cora Coordinator moved A1's due date from 5 August 2011 to 30 March 2012",
                "Cora Coordinator moved A2's due date from 5 August 2011 to 27 April 2012: “The panel asked for April”",
                "Scrutineer opened reporting cycle 1",
                "Cora Coordinator opened reporting cycle 1, for the meeting of 31 March 2027; updates due 10 March 2027",
                "Owen Owner asked to move A1's due date to 30 June 2027: “Waiting for the new system”",
                "Cora Coordinator refused to move A1's due date to 30 June 2027: “The committee wants it by May”",
                "Cora Coordinator set the committee's meeting dates",
                "No update from Olive Owner on A2 reached this cycle's report: “no update by the deadline”",
                "Olive Owner revised A2 to RED, 45% (was AMBER, 40%)",
                "Scrutineer rendered version 1 of cycle 1's report",
                "Chris Chair returned version 1 of cycle 1's report to revise A2: “Give numbers.”",
                "Chris Chair approved version 2 of cycle 1's report",
                "Scrutineer signed version 2 of cycle 1's report as version 3",
                "A3 completed, as the approved report shows",
                "Reporting cycle 1 closed",
                "The action plan closed: every action completed",
                "Cora Coordinator: letter.somethingNew A9");
    }

    @Test
    void aRevisionThatMovedNoMeasureSaysSoRatherThanShowingTheSameFiguresAsAChange() {
        assertThat(say("olive", PROGRESS_REVISED, "A2", AuditValues.of("rag", "AMBER", "percentComplete", 10),
                AuditValues.of("rag", "AMBER", "percentComplete", 10, "completed", false)))
                .isEqualTo("Olive Owner revised A2's update, still AMBER, 10%");
    }

    private String say(String actor, String action, String subject, Map<String, Object> before, Map<String, Object> after) {
        return sentences.sentence(entry("2027-03-14T10:02:00Z", actor, action, subject, before, after));
    }

    private static AuditEntry entry(String at, String actor, String action, String subject, Map<String, Object> before,
                                    Map<String, Object> after) {
        return new AuditEntry("id", "letter", Instant.parse(at), 1, actor, action, subject, before, after);
    }
}
