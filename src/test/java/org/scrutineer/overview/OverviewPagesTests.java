package org.scrutineer.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.Api;
import org.scrutineer.PageSession;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterTitle;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.progress.Cycle;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The overview pages as each role sees them: {@code /} for a coordinator, an owner and a chair; a letter's page
 * with its findings, filtered actions, cycles, reports and trail; starting a cycle from it; a report's page with
 * its PDF and the chair's decision on the same page; and the pages a person may not open or that do not exist.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService management;
    @Autowired
    CoordinatorDashboard dashboard;
    @Autowired
    People people;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LetterService letters;

    private Api api;
    /** A1 (owen, due 2011: overdue) reported AMBER 40% in an open cycle; A2 (olive, due 2099) not yet. */
    private String twoOwners;
    /** A live plan with no cycle yet, for starting one from the page. */
    private String readyForCycle;
    /** A draft waiting for chris's decision. */
    private String waiting;
    private String waitingReport;
    /** Another draft waiting for chris, which the tests return through the report's page. */
    private String toReturn;
    private String toReturnReport;

    @BeforeAll
    void letters() {
        api = new Api(mvc, json, management);
        // more than a page of letters, the ones below the newest
        for (int i = Integer.parseInt(totalLetters()); i <= CoordinatorDashboard.LETTERS_PER_PAGE; i++) {
            api.postJson("cora", "/api/letters", "{\"text\": \"Ofsted letter to Somerset County Council\"}");
        }
        twoOwners = register();
        draft(twoOwners, "[{\"findingIds\": \"F13\", \"title\": \"Record every case decision\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"},"
                + " {\"findingIds\": \"F14\", \"title\": \"Supervise with performance data\", \"owner\": \"olive\", \"dueDate\": \"2099-12-31\"}]");
        accept("owen", twoOwners, "A1");
        accept("olive", twoOwners, "A2");
        assertThat(api.postJson("cora", "/api/letters/" + twoOwners + "/plan/cycles", "{\"meetingDate\": \"2030-01-31\"}")
                .status()).isEqualTo(202);
        report("owen", twoOwners, "A1", "AMBER", 40);

        readyForCycle = api.liveSomersetPlan();
        waiting = api.liveSomersetPlan();
        waitingReport = draftReport(waiting);
        toReturn = api.liveSomersetPlan();
        toReturnReport = draftReport(toReturn);
    }

    @Test
    void aCoordinatorSeesEveryLetterWithItsPlanCountedTheOpenCyclesWhatIsOverdueAndTheChart() {
        PageSession.Page home = PageSession.signedIn(mvc, "cora").get("/");

        assertThat(home.status()).isEqualTo(200);
        Element row = home.document().selectFirst("#letters a[href='/letters/" + twoOwners + "']").closest("tr");
        // actions, RED, AMBER, GREEN, not rated, overdue, completed
        assertThat(row.select("td").eachText()).containsExactly("Live: cycle 1 collecting updates",
                "2", "0", "1", "0", "1", "1", "0");
        assertThat(home.text("overdue")).contains("A1 Record every case decision", "Owen Owner", "5 August 2011", "AMBER")
                .doesNotContain("A2 Supervise");
        assertThat(home.text("open-cycles")).contains("Owen Owner (A1)", "Olive Owner (A2)", "31 January 2030");
        assertThat(home.text("next-meeting")).isNotBlank();
        Element chart = home.document().selectFirst("#standing-chart svg[role=img]");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(chart.selectFirst("desc").text()).contains("2 actions, 1 overdue, 1 not started.");
        assertThat(home.text("tasks-heading")).startsWith("Tasks waiting for coordinators");
        assertThat(home.text("late-heading")).isEqualTo("Late tasks (0)");
        assertThat(readableText(home)).doesNotContain("owen", "olive", "2011-08-05");
    }

    @Test
    void theNextCommitteeMeetingIsTheSoonestAheadOfAnyCycleOrPlan() {
        // two letters' cycles and two plans' calendars far ahead, so that no other test's meeting comes between them
        Instant opened = Instant.parse("2098-12-01T09:00:00Z");
        List<Cycle> ahead = List.of(
                new Cycle("next-a-cycle-1", "next-a", 1, Cycle.CycleStatus.CLOSED, opened, opened.plusSeconds(86_400),
                        LocalDate.of(2099, 1, 5), null),
                new Cycle("next-b-cycle-1", "next-b", 1, Cycle.CycleStatus.OPEN, opened, null, LocalDate.of(2099, 1, 9), null));
        ahead.forEach(mongo::save);
        List<Document> plans = List.of(plan("next-c", "LIVE", LocalDate.of(2099, 1, 4), LocalDate.of(2099, 3, 31)),
                plan("next-d", "CLOSED", LocalDate.of(2099, 1, 2)));
        plans.forEach(p -> mongo.getCollection("plans").insertOne(p));
        try {
            NextMeeting early = dashboard.of(0, LocalDate.of(2098, 11, 2), new Names(people)).nextMeeting();
            assertThat(early.meeting()).as("a plan's meeting no cycle has opened for; a closed plan's is not")
                    .isEqualTo("4 January 2099");
            assertThat(early.letterId()).isEqualTo("next-c");
            assertThat(early.cycle()).isNull();
            assertThat(early.standing()).isEqualTo("Its cycle opens on 28 November 2098");
            assertThat(dashboard.of(0, LocalDate.of(2098, 12, 1), new Names(people)).nextMeeting().standing())
                    .isEqualTo("No cycle has opened for it yet");
            NextMeeting passedOver = dashboard.of(0, LocalDate.of(2099, 1, 3), new Names(people)).nextMeeting();
            assertThat(passedOver.meeting()).as("4 January is too close to report to: no cycle will open for it")
                    .isEqualTo("5 January 2099");
            assertThat(passedOver.cycle()).isEqualTo(1);
            NextMeeting approved = dashboard.of(0, LocalDate.of(2099, 1, 5), new Names(people)).nextMeeting();
            assertThat(approved.meeting()).as("approved, its meeting still ahead").isEqualTo("5 January 2099");
            assertThat(approved.cycle()).isEqualTo(1);
            assertThat(approved.standing()).isEqualTo("Its report is approved");
            NextMeeting collecting = dashboard.of(0, LocalDate.of(2099, 1, 6), new Names(people)).nextMeeting();
            assertThat(collecting.meeting()).isEqualTo("9 January 2099");
            assertThat(collecting.standing()).isNull();
            assertThat(dashboard.of(0, LocalDate.of(2099, 1, 10), new Names(people)).nextMeeting().meeting())
                    .isEqualTo("31 March 2099");
            // no date a person may give is later than 2100-12-31
            assertThat(dashboard.of(0, LocalDate.of(2101, 1, 1), new Names(people)).nextMeeting()).isNull();
        } finally {
            ahead.forEach(mongo::remove);
            plans.forEach(p -> mongo.getCollection("plans").deleteOne(new Document("_id", p.get("_id"))));
        }
    }

    /** A plan document with no actions, its meeting dates stored as the application stores dates. */
    private Document plan(String letterId, String status, LocalDate... meetings) {
        return new Document("_id", letterId).append("letterId", letterId).append("status", status)
                .append("actions", List.of()).append("meetingDates",
                        Arrays.stream(meetings).map(d -> mongo.getConverter().convertToMongoType(d)).toList());
    }

    @Test
    void aCoordinatorPagesThroughTheLettersTwentyAtATime() {
        PageSession cora = PageSession.signedIn(mvc, "cora");

        PageSession.Page first = cora.get("/");
        Element next = first.document().selectFirst("nav[aria-label='Pages of letters'] a[rel=next]");
        assertThat(first.document().select("#letters tbody tr")).hasSize(CoordinatorDashboard.LETTERS_PER_PAGE);
        assertThat(next.attr("href")).isEqualTo("/?page=1&tasks=0");
        PageSession.Page second = cora.get(next.attr("href"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.document().selectFirst("nav[aria-label='Pages of letters'] a[rel=prev]").attr("href"))
                .isEqualTo("/?page=0&tasks=0");
        assertThat(second.document().select("#letters caption").text()).contains("page 2 of");
    }

    private String totalLetters() {
        try {
            return mvc.perform(get("/api/letters?size=1").with(httpBasic("cora", "cora"))).andReturn().getResponse()
                    .getHeader("X-Total-Count");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anOwnerSeesTheirTasksAndTheirActionsAcrossPlansWithTheirLastUpdate() {
        PageSession.Page owen = PageSession.signedIn(mvc, "owen").get("/");
        PageSession.Page olive = PageSession.signedIn(mvc, "olive").get("/");

        Element owensAction = actionRow(owen, "my-actions", twoOwners, "A1");
        assertThat(owensAction.text()).contains("Record every case decision", "5 August 2011", "Overdue", "AMBER",
                "40% complete", "Audit under way");
        assertThat(owensAction.select(".govuk-tag:contains(AMBER)").attr("class")).contains("scrutineer-rag--amber");
        Element olivesAction = actionRow(olive, "my-actions", twoOwners, "A2");
        assertThat(olivesAction.text()).contains("Supervise with performance data", "31 December 2099", "Not started",
                "None yet");
        assertThat(olive.text("tasks")).contains("Submit progress update · A2");
        // what she was told when the task was given to her is not listed again above the task itself
        assertThat(olive.document().select("#notices li").eachText()).noneMatch(t -> t.contains("Submit progress update"));
        assertThat(olive.text("notices-of-open-tasks")).endsWith("listed under “Tasks waiting for you”.");
        // owen accepted his action: the notice that gave him that task folds away under the tasks done since,
        // with no link to a page that is gone
        assertThat(owen.document().select("#notices li").eachText()).noneMatch(t -> t.contains("Accept action"));
        Element acceptNotice = owen.document().select("#notices-done li").stream()
                .filter(li -> li.text().contains("Accept action")).findFirst().orElseThrow();
        assertThat(acceptNotice.select("a")).isEmpty();
        assertThat(owen.document().select("#notices-done summary").text()).startsWith("Notices of tasks now done (");
        assertThat(olive.has("letters")).as("an owner sees no letters' list").isFalse();
        assertThat(olive.has("sign-offs")).isFalse();
    }

    @Test
    void aChairSeesTheReportsWaitingForADecisionAndTheLatestDecisions() {
        PageSession chris = PageSession.signedIn(mvc, "chris");
        PageSession.Page home = chris.get("/");

        assertThat(home.document().select("#sign-offs a").eachAttr("href")).contains("/reports/" + waitingReport);
        // and the day each is to be decided by, the sign-off's deadline
        assertThat(home.document().select("#sign-offs th").eachText()).contains("Decide by");
        assertThat(home.document().select("#sign-offs tbody tr").first().select("td").get(4).text())
                .matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
        // and the meeting each is for: here none was named
        assertThat(home.text("meeting-" + waitingReport)).isEqualTo("Not named");
        assertThat(home.has("tasks")).as("the sign-offs are not listed twice").isFalse();
        assertThat(home.has("letters")).isFalse();
        assertThat(home.text("decisions-heading")).isEqualTo("Latest decisions");
    }

    /** A cycle opened days before its meeting gives the chair a deadline after it: the desk says so. */
    @Test
    void aChairSeesWhenTheDeadlineForADecisionFallsAfterItsMeeting() {
        String letterId = api.liveSomersetPlan();
        java.time.LocalDate meeting = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(3);
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{\"meetingDate\": \"" + meeting
                + "\"}").status()).isEqualTo(202);
        report("owen", letterId, "A1", "GREEN", 50);
        api.runDueJobs();
        String reportId = api.get("chris", "/api/reports?letterId=" + letterId).json().get(0).path("id").asText();

        String cell = PageSession.signedIn(mvc, "chris").get("/").text("meeting-" + reportId);

        assertThat(cell).startsWith(org.scrutineer.pages.UkDates.day(meeting)).endsWith("Deadline after the meeting");
        // the report's own page says it too: a chair may come to it from an email, not from the list
        PageSession.Page page = PageSession.signedIn(mvc, "chris").get("/reports/" + reportId);
        assertThat(page.text("meeting")).isEqualTo(org.scrutineer.pages.UkDates.day(meeting));
        assertThat(page.text("decide-by")).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} Deadline after the meeting");
    }

    @Test
    void aLettersPageShowsFindingsBySectionWithWhereEachSitsInTheLetter() {
        PageSession.Page page = PageSession.signedIn(mvc, "cora").get("/letters/" + twoOwners);

        assertThat(page.status()).isEqualTo(200);
        Element f13 = page.document().getElementById("finding-F13");
        assertThat(f13.closest("table").id()).isEqualTo("findings-area-for-development");
        assertThat(f13.text()).contains("Further work is needed to ensure that decisions on cases", "In the letter's text", "A1")
                .doesNotContain("Characters");
        assertThat(f13.selectFirst("mark").text()).startsWith("Further work is needed");
        assertThat(page.document().getElementById("finding-F1").closest("details")).as("strengths fold away").isNotNull();
        assertThat(page.text("letter-details")).contains("Ofsted", "Somerset County Council", "Cora Coordinator");
        // a section none of whose findings has a timescale or theme has no column for them, empty on every row
        List<String> withColumn = page.document().select("table.scrutineer-findings").stream()
                .filter(t -> t.select("thead th").eachText().contains("Timescale and theme")).map(Element::id).toList();
        assertThat(page.document().select("table.scrutineer-findings")).hasSizeGreaterThan(withColumn.size());
        for (String id : withColumn) {
            assertThat(page.document().getElementById(id).select("tbody td:nth-of-type(2)").eachText())
                    .as(id).anyMatch(text -> !text.isBlank());
        }
    }

    @Test
    void aLettersActionsAreFilteredAndSortedByPlainQueryParameters() {
        PageSession cora = PageSession.signedIn(mvc, "cora");
        String letter = "/letters/" + twoOwners;

        assertThat(actionIds(cora.get(letter))).containsExactly("A1", "A2");
        assertThat(actionIds(cora.get(letter + "?owner=olive"))).containsExactly("A2");
        assertThat(actionIds(cora.get(letter + "?rag=AMBER"))).containsExactly("A1");
        assertThat(actionIds(cora.get(letter + "?rag=NONE"))).containsExactly("A2");
        assertThat(actionIds(cora.get(letter + "?overdue=true"))).containsExactly("A1");
        assertThat(actionIds(cora.get(letter + "?status=COMPLETED"))).isEmpty();
        assertThat(actionIds(cora.get(letter + "?sort=due-desc"))).containsExactly("A2", "A1");
        assertThat(actionIds(cora.get(letter + "?rag=PURPLE&status=nonsense"))).as("what is not offered means any")
                .containsExactly("A1", "A2");
        PageSession.Page filtered = cora.get(letter + "?owner=olive");
        assertThat(filtered.document().select("#filter-owner option[selected]").text()).isEqualTo("Olive Owner");
        assertThat(filtered.document().selectFirst("#actions caption").text()).isEqualTo("1 of the plan's 2 actions match the filters");
    }

    @Test
    void aLettersPageShowsTheOpenCycleAndTheTrailInPlainWordsToACoordinator() {
        PageSession.Page page = PageSession.signedIn(mvc, "cora").get("/letters/" + twoOwners);

        assertThat(page.text("cycles") + " " + page.document().select(".scrutineer-cycle").text())
                .contains("Owen Owner (A1)", "Olive Owner (A2)", "31 January 2030");
        List<String> trail = page.document().select("#audit li").eachText();
        assertThat(trail.get(0)).matches("\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} — Owen Owner reported A1 AMBER, 40%");
        assertThat(trail).anySatisfy(line -> assertThat(line).endsWith("Cora Coordinator opened reporting cycle 1, for the meeting of 31 January 2030; updates due 14 January 2030"))
                .anySatisfy(line -> assertThat(line).endsWith("Olive Owner accepted A2"))
                .anySatisfy(line -> assertThat(line).endsWith("Cora Coordinator drafted the action plan: 2 actions"))
                .anySatisfy(line -> assertThat(line).contains("Cora Coordinator registered the letter (somerset.txt)"));
        assertThat(page.has("start-cycle")).as("a cycle is running").isFalse();
        // the committee's calendar: the open cycle's dates, counted back in working days from its meeting
        assertThat(page.text("cycle-calendar")).contains("1 (open)", "31 January 2030", "14 January 2030");
    }

    @Test
    void aChairReadsALettersPageWithoutItsTrailOrTheCycleForm() {
        PageSession.Page page = PageSession.signedIn(mvc, "chris").get("/letters/" + waiting);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#report-versions a[href='/reports/" + waitingReport + "']")).isNotEmpty();
        assertThat(page.document().select("#report-versions a[href='/api/reports/" + waitingReport + "/pdf']")).isNotEmpty();
        assertThat(page.has("audit")).isFalse();
        assertThat(page.has("start-cycle")).isFalse();
    }

    @Test
    void aCycleWhoseReportIsWithTheChairSaysSoRatherThanCollectingUpdates() {
        PageSession.Page home = PageSession.signedIn(mvc, "cora").get("/");
        Element row = home.document().selectFirst("#letters a[href='/letters/" + waiting + "']").closest("tr");
        assertThat(row.select("td").get(0).text()).isEqualTo("Live: cycle 1, its report with the chair");
        String since = UkDates.day(LocalDate.now(UkDates.LONDON));
        assertThat(home.document().select("#open-cycles a[href='/reports/" + waitingReport + "']").text())
                .isEqualTo("With the chair for a decision since " + since);

        PageSession.Page letter = PageSession.signedIn(mvc, "cora").get("/letters/" + waiting);
        assertThat(letter.document().select("h3").eachText()).contains("Cycle 1: its report is with the chair");
        assertThat(letter.document().select("a[href='/reports/" + waitingReport + "']").eachText())
                .contains("With the chair for a decision since " + since);
        // a cycle still collecting says so, with no report to link
        PageSession.Page collecting = PageSession.signedIn(mvc, "cora").get("/letters/" + twoOwners);
        assertThat(collecting.document().select("h3").eachText()).contains("Cycle 1 is collecting updates");
    }

    @Test
    void anOwnerMayNotOpenALettersPageAndUnknownIdsAreNotFound() {
        PageSession olive = PageSession.signedIn(mvc, "olive");
        PageSession cora = PageSession.signedIn(mvc, "cora");

        assertThat(olive.get("/letters/" + twoOwners).status()).isEqualTo(403);
        assertThat(olive.get("/reports/" + waitingReport).status()).isEqualTo(403);
        PageSession.Page noLetter = cora.get("/letters/no-such-letter");
        assertThat(noLetter.status()).isEqualTo(404);
        assertThat(noLetter.contentType()).startsWith("text/html");
        assertThat(noLetter.document().selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(cora.get("/reports/no-such-report").status()).isEqualTo(404);
        assertThat(cora.get("/reports/no-such-report/verify").status()).isEqualTo(404);
        assertThat(cora.get("/?page=abc").status()).isEqualTo(400);
    }

    /** A finding's section is a choice once made; its timescale may be none, and says so. */
    @Test
    void theReviewOffersEachChoiceOnceAndNamesTheBlankOne() {
        String letterId = register();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);

        PageSession.Page page = PageSession.signedIn(mvc, "cora").get("/tasks/" + review);

        assertThat(page.document().select("select#field-findings-0-section option").eachText())
                .doesNotContain("None", "Choose").contains("Not placed", "Context (no action)");
        assertThat(page.document().select("select#field-findings-0-timescale option").eachText())
                .startsWith("No timescale").doesNotContain("None");
        assertThat(page.document().select("form[data-task-form] > .govuk-button-group > button").eachText()).containsExactly("Confirm the findings", "Save and finish later");
    }

    /** A link to a task done since (an email, a page left open) says who did it, to those it was for only. */
    @Test
    void aTaskDoneSinceSaysWhoDidItToThoseItWasFor() {
        String letterId = register();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        assertThat(api.complete("cora", review, "{\"confirmed\": true}").status()).isEqualTo(204);

        PageSession.Page done = PageSession.signedIn(mvc, "cora").get("/tasks/" + review);
        assertThat(done.status()).isEqualTo(404);
        assertThat(done.document().selectFirst("h1").text()).isEqualTo("This task is already done");
        assertThat(done.document().text()).containsPattern("Review findings.* is already done: you completed it on"
                + " \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d\\d:\\d\\d\\.");
        PageSession.Page stranger = PageSession.signedIn(mvc, "olive").get("/tasks/" + review);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.document().text()).contains("No open task has id").doesNotContain("Review findings", "completed it");
        assertThat(api.complete("cora", review, "{\"confirmed\": true}").json().path("detail").asText())
                .as("the API says the same").contains("is already done: you completed it on");
    }

    @Test
    void aCoordinatorStartsACycleFromTheLettersPageWithAUkDateAndARefusalSaysWhyBesideTheField() {
        PageSession cora = PageSession.signedIn(mvc, "cora");
        String cycles = "/letters/" + readyForCycle + "/cycles";

        PageSession.Page notADate = cora.post(cycles, "meetingDate", "31/02/2027");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text("meeting-date-error")).contains("Enter the meeting date as a real date, like 31/03/2027");
        assertThat(notADate.document().getElementById("meeting-date").val()).isEqualTo("31/02/2027");
        assertThat(notADate.document().select(".govuk-error-summary a[href='#meeting-date']")).hasSize(1);
        assertThat(notADate.document().title()).startsWith("Error: ");
        assertThat(notADate.document().selectFirst("h1").text()).doesNotStartWith("Error");
        PageSession.Page outOfRange = cora.post(cycles, "meetingDate", "31/03/2101");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text("meeting-date-error")).contains("between 1 January 2000 and 31 December 2100");
        assertThat(api.get("cora", "/api/letters/" + readyForCycle + "/plan").json().path("status").asText()).isEqualTo("LIVE");

        PageSession.Page started = cora.post(cycles, "meetingDate", "31/03/2027");
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.redirect()).isEqualTo("/letters/" + readyForCycle);
        PageSession.Page letter = cora.follow(started);
        assertThat(letter.document().select(".govuk-notification-banner").text())
                .contains("A reporting cycle has started, for the committee meeting on 31 March 2027.");
        assertThat(letter.text("cycle-history")).contains("31 March 2027", "Open");

        PageSession.Page again = cora.post(cycles, "meetingDate", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("meeting-date-error")).contains("A reporting cycle cannot start now");
        assertThat(PageSession.signedIn(mvc, "chris").post(cycles, "meetingDate", "").status()).isEqualTo(403);
    }

    @Test
    void aCoordinatorKeepsTheCommitteesCalendarOnTheLettersPageAndARefusalSaysWhyBesideTheField() {
        String letterId = api.liveSomersetPlan();
        String plan = "/api/letters/" + letterId + "/plan";
        String meetings = "/letters/" + letterId + "/meetings";
        PageSession cora = PageSession.signedIn(mvc, "cora");
        assertThat(cora.get("/letters/" + letterId).document().getElementById("meeting-dates").val()).isEmpty();

        PageSession.Page notADate = cora.post(meetings, "meetingDates", "02/04/2027\n31/02/2027");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text("meeting-dates-error"))
                .contains("“31/02/2027” is not a date: write each meeting like 31/03/2027, one a line");
        assertThat(notADate.document().getElementById("meeting-dates").val()).isEqualTo("02/04/2027\n31/02/2027");
        assertThat(notADate.document().select(".govuk-error-summary a[href='#meeting-dates']")).hasSize(1);
        assertThat(cora.post(meetings, "meetingDates", "31/03/2101").text("meeting-dates-error"))
                .contains("between 1 January 2000 and 31 December 2100");
        String monthly = IntStream.range(0, 49)
                .mapToObj(i -> LocalDate.of(2027, 1, 15).plusMonths(i).format(UkDates.FIELD)).collect(Collectors.joining("\n"));
        assertThat(cora.post(meetings, "meetingDates", monthly).text("meeting-dates-error")).contains("Give at most 48 meetings");
        assertThat(api.get("cora", plan).json().path("meetingDates")).isEmpty();
        // the refused form's address, opened again from the browser's bar, is the letter's page, not a 405 in JSON
        PageSession.Page reopened = cora.get(meetings);
        assertThat(reopened.status()).isEqualTo(302);
        assertThat(reopened.redirect()).isEqualTo("/letters/" + letterId);

        PageSession.Page saved = cora.post(meetings, "meetingDates", "10/06/2027\n2 April 2027\n");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.redirect()).isEqualTo("/letters/" + letterId);
        PageSession.Page letter = cora.follow(saved);
        assertThat(letter.document().select(".govuk-notification-banner").text())
                .contains("The plan reports to 2 committee meetings: 2 April 2027, 10 June 2027.");
        assertThat(letter.text("cycle-calendar")).contains("2 April 2027", "26 February 2027", "10 June 2027");
        assertThat(letter.document().getElementById("meeting-dates").val()).isEqualTo("02/04/2027\n10/06/2027");
        assertThat(api.get("cora", plan).json().path("meetingDates").toString()).isEqualTo("[\"2027-04-02\",\"2027-06-10\"]");
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .contains("plan.meetingsScheduled");

        assertThat(api.postJson("cora", plan + "/cycles", "{\"meetingDate\": \"2027-04-02\"}").status()).isEqualTo(202);
        PageSession.Page dropsOpened = cora.post(meetings, "meetingDates", "10/06/2027");
        assertThat(dropsOpened.status()).isEqualTo(409);
        assertThat(dropsOpened.text("meeting-dates-error"))
                .contains("A cycle has already opened for a meeting you took out, so its date stays: put it back");
        assertThat(api.get("cora", plan).json().path("meetingDates").toString()).isEqualTo("[\"2027-04-02\",\"2027-06-10\"]");
        assertThat(PageSession.signedIn(mvc, "chris").post(meetings, "meetingDates", "").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(mvc, "chris").get("/letters/" + letterId).document()
                .getElementById("schedule-meetings")).isNull();
    }

    @Test
    void aCoordinatorMovesAnActionsDueDateOnItsOwnPageAndAChangeMadeMeanwhileIsNotOverwritten() {
        String letterId = api.liveSomersetPlan();
        String plan = "/api/letters/" + letterId + "/plan";
        String move = "/letters/" + letterId + "/actions/A1/due-date";
        PageSession cora = PageSession.signedIn(mvc, "cora");
        assertThat(cora.get("/letters/" + letterId).document().select("#actions a[href='" + move + "']").text())
                .isEqualTo("Move the due date of A1");
        PageSession.Page form = cora.get(move);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text("action")).contains("First due 5 August 2011", "Due now 5 August 2011");
        assertThat(form.document().getElementById("due-date").val()).isEqualTo("05/08/2011");
        String version = form.document().selectFirst("#move-due-date input[name=version]").val();

        PageSession.Page notADate = cora.post(move, "dueDate", "31/02/2027", "version", version);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text("due-date-error")).contains("Enter the due date as a real date, like 31/03/2027");
        assertThat(notADate.document().getElementById("due-date").val()).isEqualTo("31/02/2027");
        assertThat(notADate.document().select(".govuk-error-summary a[href='#due-date']")).hasSize(1);
        assertThat(cora.post(move, "dueDate", "31/12/2101", "version", version).text("due-date-error"))
                .contains("between 1 January 2000 and 31 December 2100");
        assertThat(api.get("cora", plan).json().path("actions").get(0).path("dueDate").asText()).isEqualTo("2011-08-05");

        PageSession.Page tooLong = cora.post(move, "dueDate", "30/06/2027", "reason", "x".repeat(2_001), "version", version);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("reason-error")).contains("Say why in at most 2,000 characters");
        assertThat(tooLong.document().select(".govuk-error-summary a[href='#reason']")).hasSize(1);

        PageSession.Page moved = cora.post(move, "dueDate", "30/06/2027", "reason", "The audit found twice the cases.",
                "version", version);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.redirect()).isEqualTo("/letters/" + letterId + "#plan");
        assertThat(cora.follow(moved).document().select(".govuk-notification-banner").text())
                .contains("A1 is now due on 30 June 2027 (first due 5 August 2011).").doesNotContain("has passed");
        JsonNode a1 = api.get("cora", plan).json().path("actions").get(0);
        assertThat(a1.path("dueDate").asText()).isEqualTo("2027-06-30");
        assertThat(a1.path("originalDueDate").asText()).isEqualTo("2011-08-05");
        assertThat(a1.path("dueDateMoves").get(0).path("decidedBy").asText()).isEqualTo("cora");
        assertThat(a1.path("dueDateMoves").get(0).path("reason").asText()).isEqualTo("The audit found twice the cases.");

        // the same form sent again, on the version it showed: someone (here, cora herself) changed the plan since
        PageSession.Page stale = cora.post(move, "dueDate", "31/07/2027", "version", version);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("due-date-error")).contains("Someone changed the plan since you opened this page");
        assertThat(stale.text("action")).contains("Due now 30 June 2027", "moved 1 time");
        assertThat(stale.document().getElementById("due-date").val()).isEqualTo("30/06/2027");
        assertThat(api.get("cora", plan).json().path("actions").get(0).path("dueDate").asText()).isEqualTo("2027-06-30");

        // the API takes the same reason, and the same bound
        String apiMove = plan + "/actions/A1/due-date";
        long current = api.get("cora", plan).json().path("version").asLong();
        assertThat(api.call("cora", put(apiMove).contentType(MediaType.APPLICATION_JSON).content("{\"dueDate\": "
                + "\"2027-07-30\", \"version\": " + current + ", \"reason\": \"" + "x".repeat(2_001) + "\"}")).status())
                .isEqualTo(400);
        assertThat(api.call("cora", put(apiMove).contentType(MediaType.APPLICATION_JSON).content("{\"dueDate\": "
                + "\"2027-07-30\", \"version\": " + current + ", \"reason\": \"The panel asked for July.\"}")).status())
                .isEqualTo(200);
        assertThat(api.get("cora", plan).json().path("actions").get(0).path("dueDateMoves").get(1).path("reason").asText())
                .isEqualTo("The panel asked for July.");

        // a date already passed is taken (the committee's own, recorded late) and said to make the action overdue
        String fresh = cora.get(move).document().selectFirst("#move-due-date input[name=version]").val();
        PageSession.Page past = cora.post(move, "dueDate", "30/09/2026", "reason", "As the committee agreed.",
                "version", fresh);
        assertThat(past.status()).isEqualTo(302);
        assertThat(cora.follow(past).document().select(".govuk-notification-banner").text())
                .contains("A1 is now due on 30 September 2026", "That date has passed, so A1 shows as overdue");

        for (String stranger : List.of("chris", "owen")) {
            PageSession session = PageSession.signedIn(mvc, stranger);
            assertThat(session.get(move).status()).as(stranger).isEqualTo(403);
            assertThat(session.post(move, "dueDate", "31/07/2027", "version", version).status()).as(stranger).isEqualTo(403);
        }
        assertThat(PageSession.signedIn(mvc, "chris").get("/letters/" + letterId).document()
                .select("a[href='" + move + "']")).isEmpty();
    }

    @Test
    void aReportsPageShowsThePdfItsVersionsAndToTheChairTheDecisionFormOfTheSignOffTask() {
        String task = api.task("chris", waiting, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        PageSession.Page chairs = PageSession.signedIn(mvc, "chris").get("/reports/" + waitingReport);

        assertThat(chairs.status()).isEqualTo(200);
        assertThat(chairs.document().getElementById("report-pdf").attr("data"))
                .startsWith("/api/reports/" + waitingReport + "/pdf");
        assertThat(chairs.document().getElementById("download").attr("href")).isEqualTo("/api/reports/" + waitingReport + "/pdf");
        // the clerk's formats are a click away too, in the same session
        String docx = chairs.document().getElementById("download-docx").attr("href");
        assertThat(docx).isEqualTo("/api/reports/" + waitingReport + "/docx");
        PageSession chris = PageSession.signedIn(mvc, "chris");
        assertThat(chris.get(docx).contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        String xlsx = chris.get("/letters/" + waiting).document().getElementById("plan-xlsx").attr("href");
        assertThat(xlsx).isEqualTo("/api/letters/" + waiting + "/plan.xlsx");
        assertThat(chris.get(xlsx).contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        Element decision = chairs.document().getElementById("decision");
        assertThat(decision.attr("action")).isEqualTo("/tasks/" + task);
        assertThat(decision.select("input[name=decision]").eachAttr("value")).containsExactly("APPROVED", "RETURNED");
        assertThat(decision.select("textarea[name=comments]")).hasSize(1);
        assertThat(decision.select("input[name=returnedActionIds]").eachAttr("value")).containsExactly("A1");
        assertThat(decision.selectFirst("input[name=returnTo]").val()).isEqualTo("/reports/" + waitingReport);
        assertThat(chairs.text("versions")).contains("Cycle 1, version 1 (this one)", "Draft");

        PageSession.Page coordinators = PageSession.signedIn(mvc, "cora").get("/reports/" + waitingReport);
        assertThat(coordinators.has("decision")).isFalse();
        assertThat(coordinators.text("report-details")).contains("waiting for the chair's decision");
    }

    @Test
    void aChairsRefusedDecisionComesBackToTheReportsPageAndASentOneIsRecorded() {
        PageSession chris = PageSession.signedIn(mvc, "chris");
        String task = api.task("chris", toReturn, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        String report = "/reports/" + toReturnReport;

        PageSession.Page refused = chris.post("/tasks/" + task, "decision", "RETURNED", "comments", "", "returnTo", report);
        assertThat(refused.redirect()).isEqualTo(report);
        PageSession.Page again = chris.follow(refused);
        assertThat(again.document().select(".govuk-error-summary").text()).contains("Comments for the action owners is required");
        assertThat(again.document().selectFirst("#decision input[value=RETURNED]").hasAttr("checked")).isTrue();

        PageSession.Page sent = chris.post("/tasks/" + task, "decision", "RETURNED", "comments", "Say how many.",
                "returnedActionIds", "A1", "returnTo", report);
        assertThat(sent.redirect()).isEqualTo(report);
        PageSession.Page decided = chris.follow(sent);
        assertThat(decided.text("report-details")).contains("Returned for changes by Chris Chair", "Say how many.", "A1");
        assertThat(decided.has("decision")).isFalse();
        assertThat(decided.document().select(".govuk-notification-banner__heading").text())
                .isEqualTo("Your decision is sent: Return for changes.");
        assertThat(chris.get("/").text("decisions")).contains("Returned for changes", "Say how many.");
    }

    @Test
    void aFormSentAfterItsSessionEndedAsksThePersonToSignInAgainAndKeepsNothing() throws Exception {
        String fresh = register();
        String review = api.task("cora", fresh, ProcessKeys.REVIEW_FINDINGS, null);
        // the form's session is gone (timed out, or signed out in another tab): no session, so no token to match
        var answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/tasks/" + review).param("confirmed", "true").param("_csrf", "a-token-of-a-session-now-gone"))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?expired&next=%2Ftasks%2F" + review);
        assertThat(mvc.perform(get("/login").param("expired", "")).andReturn().getResponse().getContentAsString())
                .contains("Your session ended before that form was sent, so");
        assertThat(api.task("cora", fresh, ProcessKeys.REVIEW_FINDINGS, null)).as("nothing was sent").isEqualTo(review);
    }

    @Test
    void theMenuLeadsACoordinatorToTheOutboxAndNobodyElse() {
        assertThat(PageSession.signedIn(mvc, "cora").get("/").document().select("#navigation a").eachText())
                .contains("My work", "Register a letter", "Outbox");
        for (String someone : List.of("owen", "chris")) {
            assertThat(PageSession.signedIn(mvc, someone).get("/").document().select("#navigation a").eachText())
                    .as(someone).doesNotContain("Outbox", "Register a letter");
        }
    }

    @Test
    void aLettersPageLeadsToTheTasksOnItOfWhoeverReadsIt() {
        String fresh = register();
        String review = api.task("cora", fresh, ProcessKeys.REVIEW_FINDINGS, null);

        PageSession.Page cora = PageSession.signedIn(mvc, "cora").get("/letters/" + fresh);
        assertThat(cora.text("my-tasks")).contains("Your tasks on this letter", "Review findings");
        assertThat(cora.document().select("#my-tasks a").attr("href")).isEqualTo("/tasks/" + review);
        assertThat(PageSession.signedIn(mvc, "chris").get("/letters/" + fresh).has("my-tasks")).isFalse();
    }

    @Test
    void aChairOpeningTheSignOffTaskIsTakenToTheReportsPageWithThePaperInIt() {
        String task = api.task("chris", waiting, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        assertThat(PageSession.signedIn(mvc, "chris").get("/tasks/" + task).redirect())
                .isEqualTo("/reports/" + org.springframework.web.util.UriUtils.encodePathSegment(waitingReport,
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aDecisionFormSendsNobodyToAnotherSite() {
        String task = api.task("chris", waiting, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        PageSession.Page refused = PageSession.signedIn(mvc, "chris").post("/tasks/" + task, "decision", "RETURNED",
                "returnTo", "//evil.example/steal");

        assertThat(refused.redirect()).isEqualTo("/");
    }

    @Test
    void theApprovedDraftsPageSaysItIsTheDraftTheChairReadAndLeadsToTheSignedVersion() {
        String letterId = api.liveSomersetPlan();
        String draft = draftReport(letterId);
        assertThat(api.complete("chris", api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null),
                "{\"decision\": \"APPROVED\"}").status()).isEqualTo(204);
        api.runDueJobs();
        JsonNode reports = api.get("cora", "/api/reports?letterId=" + letterId).json();
        String signed = reports.get(reports.size() - 1).path("id").asText();
        assertThat(signed).isNotEqualTo(draft);

        PageSession cora = PageSession.signedIn(mvc, "cora");
        PageSession.Page approved = cora.get("/reports/" + draft);
        assertThat(approved.text("approved-draft")).contains("the draft the chair read and approved, so it is still "
                + "marked DRAFT", "The signed version is the paper to publish");
        assertThat(approved.document().select("#approved-draft a").attr("href")).isEqualTo("/reports/" + signed);
        assertThat(cora.get("/reports/" + signed).has("approved-draft")).isFalse();
        // the chair's latest decisions lead to the signed version too, beside the draft decided
        assertThat(PageSession.signedIn(mvc, "chris").get("/").document().select("#signed-" + draft.replace(":", "\\:"))
                .attr("href")).isEqualTo("/reports/" + signed);

        // downloaded, each is saved under whose it is, its cycle and version, and a draft says so
        assertThat(savedAs(signed)).isEqualTo("somerset-county-council-progress-report-cycle-1-v2.pdf");
        assertThat(savedAs(draft)).isEqualTo("somerset-county-council-progress-report-cycle-1-v1-approved-draft.pdf");
        assertThat(savedAs(waitingReport)).isEqualTo("somerset-county-council-progress-report-cycle-1-v1-draft.pdf");
    }

    private String savedAs(String reportId) {
        try {
            String disposition = mvc.perform(get("/api/reports/" + reportId + "/pdf").with(httpBasic("cora", "cora")))
                    .andReturn().getResponse().getHeader("Content-Disposition");
            return org.springframework.http.ContentDisposition.parse(disposition).getFilename();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void verifyingAReportHashesItsStoredPdfAgain() {
        PageSession.Page verified = PageSession.signedIn(mvc, "cora").get("/reports/" + waitingReport + "/verify");

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.text("verification")).startsWith("Verified")
                .contains("its SHA-256 is the one recorded");
    }

    @Test
    void pagesRunNothingInlineAndSayWhatTheyMayLoad() {
        Map<String, List<String>> pages = Map.of("cora", List.of("/", "/letters/" + twoOwners, "/outbox", "/letters/new"),
                "owen", List.of("/"), "chris", List.of("/", "/reports/" + waitingReport));
        pages.forEach((user, paths) -> {
            PageSession session = PageSession.signedIn(mvc, user);
            for (String path : paths) {
                PageSession.Page page = session.get(path);
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.result().getResponse().getHeader("Content-Security-Policy")).as(path)
                        .contains("script-src 'self';", "style-src 'self';", "object-src 'self'", "frame-ancestors 'self'")
                        .doesNotContain("unsafe");
                // what the policy would refuse: the page would look or work other than it was made to
                var html = page.document();
                assertThat(html.select("[style]")).as(path + " style attributes").isEmpty();
                assertThat(html.select("style, script:not([src])")).as(path + " inline styles and scripts").isEmpty();
                assertThat(html.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().startsWith("on")).map(a -> a.getKey())).as(path + " handlers").isEmpty();
            }
        });
        assertThat(PageSession.signedIn(mvc, "cora").get("/").html()).contains("scrutineer-swatch");
    }

    @Test
    void aReportsPdfMayBeFramedByOurOwnPagesOnly() throws Exception {
        var pdf = mvc.perform(get("/api/reports/" + waitingReport + "/pdf").with(httpBasic("chris", "chris")))
                .andReturn().getResponse();
        var record = mvc.perform(get("/api/reports/" + waitingReport).with(httpBasic("chris", "chris")))
                .andReturn().getResponse();

        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(record.getStatus()).isEqualTo(200);
        assertThat(record.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aDraftFromAnOldLetterProposesDueDatesFromTodayAndSaysWhichTypedOnesHavePassed() {
        // Rotherham's letter of 9 June 2011: its timescales counted from the letter would put every due date years ago
        String letterId = api.upload("cora", "/api/letters", "rotherham.txt",
                Api.resource("/letters/rotherham-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);

        PageSession.Page page = PageSession.signedIn(mvc, "cora").get("/tasks/" + draft);
        // an action's title, a sentence or more, is shown whole in a box; a line break typed in it is a space
        assertThat(page.document().select("textarea[name='actions[0].title']")).hasSize(1);
        assertThat(PageSession.signedIn(mvc, "cora").post("/tasks/" + draft, withValues(page,
                Map.of("actions[0].title", "Record every decision\r\n  with its reasons"))).document()
                .selectFirst("textarea[name='actions[0].title']").val()).isEqualTo("Record every decision with its reasons");
        Element firstDue = page.document().selectFirst("input[name='actions[0].dueDate']");
        assertThat(firstDue).isNotNull();
        assertThat(UkDates.parse(firstDue.val())).isAfter(LocalDate.now(UkDates.LONDON));
        assertThat(page.document().getElementById(firstDue.id() + "-hint").text()).doesNotContain("has passed");
        // a date typed in the past is shown as passed when the page comes back
        Element pastDue = PageSession.signedIn(mvc, "cora").post("/tasks/" + draft, withFirstDueDate(page, "05/08/2011"))
                .document().selectFirst("input[name='actions[0].dueDate']");
        assertThat(pastDue.ownerDocument().getElementById(pastDue.id() + "-hint").text())
                .isEqualTo("This date has passed: today is " + UkDates.day(LocalDate.now(UkDates.LONDON))
                        + ". For example, 31/03/2027");
        assertThat(pastDue.attr("aria-describedby")).contains(pastDue.id() + "-hint");

        // sent back with a date that is no date, the summary names the row as the page heads it
        PageSession.Page refused = PageSession.signedIn(mvc, "cora").post("/tasks/" + draft, withFirstDueDate(page, "31/02/2027"));
        assertThat(refused.status()).isEqualTo(400);
        // every mistake at once: the date that is no date, and the owners not yet chosen
        assertThat(refused.document().select(".govuk-error-summary li").eachText())
                .anyMatch(line -> line.startsWith("Action 1: Due date"))
                .anyMatch(line -> line.equals("Action 1: Owner is required"))
                .anyMatch(line -> line.equals("Action 2: Owner is required"));
        assertThat(refused.document().select("h3").eachText()).contains("Action 1");
        assertThat(refused.document().selectFirst("input[name='actions[0].dueDate']").val())
                .as("the date its error is about, shown as typed").isEqualTo("31/02/2027");
    }

    @Test
    void anUpdateSentWithADateThatIsNoDateShowsItAgainWithAnErrorThatReadsAsASentence() {
        String task = api.task("olive", twoOwners, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A2");
        PageSession olive = PageSession.signedIn(mvc, "olive");
        PageSession.Page page = olive.get("/tasks/" + task);

        PageSession.Page refused = olive.post("/tasks/" + task, withValues(page, Map.of("progress", "Under way",
                "percentComplete", "150", "newDueDate", "30/02/2027")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".govuk-error-summary li").eachText())
                .contains("Ask to move this action's due date to must be a real date, like 31/03/2027");
        assertThat(refused.document().selectFirst("input[name=newDueDate]").val()).isEqualTo("30/02/2027");
        assertThat(refused.document().selectFirst("input[name=percentComplete]").val()).isEqualTo("150");
        assertThat(api.task("olive", twoOwners, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A2")).as("nothing sent").isEqualTo(task);
    }

    /**
     * A half-drafted plan is not lost: what was typed is kept when the coordinator saves it to finish later, or when
     * the page refuses it, and is there when the task is opened again; sending the task drops it.
     */
    @Test
    void whatWasTypedIsKeptWhenSavedOrRefusedAndShownWhenTheTaskIsOpenedAgain() {
        String letterId = api.upload("cora", "/api/letters", "rotherham.txt",
                Api.resource("/letters/rotherham-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        PageSession cora = PageSession.signedIn(mvc, "cora");
        PageSession.Page page = cora.get("/tasks/" + draft);
        assertThat(page.document().select("button#save-draft").text()).isEqualTo("Save and finish later");

        PageSession.Page saved = cora.post("/tasks/" + draft, with(withValues(page,
                Map.of("actions[0].title", "Record every decision with its reasons", "actions[0].owner", "owen")), "save", "save"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.redirect()).isEqualTo("/tasks/" + draft);
        PageSession.Page reopened = cora.get("/tasks/" + draft);
        assertThat(reopened.document().selectFirst("textarea[name='actions[0].title']").val())
                .isEqualTo("Record every decision with its reasons");
        assertThat(reopened.document().select("select[name='actions[0].owner'] option[selected]").val()).isEqualTo("owen");
        assertThat(reopened.document().select(".govuk-notification-banner").text()).contains("Saved: nothing has been sent yet.");
        assertThat(cora.get("/tasks/" + draft).document().select(".govuk-notification-banner").text())
                .contains("This is what you saved on", "nothing has been sent yet");
        assertThat(api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null)).as("nothing sent").isEqualTo(draft);
        // where she will look for it again, the task says it holds what she saved
        assertThat(cora.get("/letters/" + letterId).text("my-tasks")).contains("Draft action plan", "Saved, not sent")
                .doesNotContain("·");
        assertThat(PageSession.signedIn(mvc, "cora").get("/letters/" + twoOwners).has("my-tasks")).isFalse();

        // refused, what was sent is kept too
        PageSession.Page refused = cora.post("/tasks/" + draft, withValues(reopened,
                Map.of("actions[0].title", "Audit every closed case", "actions[0].dueDate", "31/02/2027")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(cora.get("/tasks/" + draft).document().selectFirst("textarea[name='actions[0].title']").val())
                .isEqualTo("Audit every closed case");

        // sent from its page, the draft goes
        api.complete("cora", draft, "{\"actions\": [{\"findingIds\": \"F1\", \"title\": \"Audit\", \"owner\": \"owen\","
                + " \"dueDate\": \"2027-08-05\"}]}");
        String accept = api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");
        PageSession owen = PageSession.signedIn(mvc, "owen");
        assertThat(owen.post("/tasks/" + accept, "accepted", "false", "reason", "Not my team", "save", "save").status())
                .isEqualTo(302);
        assertThat(owen.get("/tasks/" + accept).document().selectFirst("textarea[name='reason']").val()).isEqualTo("Not my team");
        assertThat(owen.post("/tasks/" + accept, "accepted", "true").status()).isEqualTo(302);
        assertThat(mongo.getCollection("taskDrafts").countDocuments(new Document("_id", accept))).isZero();
    }

    private static String[] with(String[] params, String name, String value) {
        String[] more = java.util.Arrays.copyOf(params, params.length + 2);
        more[params.length] = name;
        more[params.length + 1] = value;
        return more;
    }

    @Test
    void anOwnerIsAskedWhetherTheyTakeTheActionOnAndOnlyThenWhyNot() {
        String letterId = api.draftedSomersetPlan();
        String accept = api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");
        PageSession owen = PageSession.signedIn(mvc, "owen");

        // a question with two answers, not a box left unticked to decline; the button says what it sends
        PageSession.Page form = owen.get("/tasks/" + accept);
        assertThat(form.document().select("fieldset legend").eachText()).contains("Will you take this action on?");
        assertThat(form.document().select("input[name=accepted]").eachAttr("value")).containsExactly("true", "false");
        assertThat(form.document().select("input[name=accepted][checked]")).isEmpty();
        // its due date, already past, says so before the owner takes it on
        assertThat(form.text("field-dueDate")).endsWith("5 August 2011 – this date has passed");
        assertThat(form.document().select("form[data-task-form] > .govuk-button-group > button").eachText()).containsExactly("Send my answer", "Save and finish later");

        // sent unanswered, the answer is what is missing: not a reason for a decline nobody chose
        PageSession.Page refused = owen.post("/tasks/" + accept, "reason", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".govuk-error-summary li").eachText())
                .containsExactly("Say whether you will take this action on");
        // declined, the reason is asked for
        PageSession.Page declined = owen.post("/tasks/" + accept, "accepted", "false", "reason", "");
        assertThat(declined.status()).isEqualTo(400);
        assertThat(declined.document().select(".govuk-error-summary li").eachText())
                .containsExactly("Say why you are declining this action");
        assertThat(declined.document().select("input[name=accepted][value=false][checked]")).hasSize(1);
        // a field sent twice, saying no and yes, is neither
        PageSession.Page both = owen.post("/tasks/" + accept, "accepted", "false", "accepted", "true", "reason", "No.");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.document().select(".govuk-error-summary li").text()).contains("sent more than once");
        // which plan's A1 this is, and by when: an owner may have an A1 in every plan
        assertThat(refused.text("task-about")).isEqualTo("Action A1 · Annual unannounced inspection of contact,"
                + " referral and assessment arrangements within Somerset County Council children’s services");
        assertThat(refused.text("task-due")).matches("This task is due by \\d{1,2} \\w+ \\d{4}\\.");
    }

    /** A live plan between cycles says when it next reports, from its committee's calendar. */
    @Test
    void aLivePlanBetweenCyclesSaysWhenItsNextCycleOpens() {
        String letterId = api.liveSomersetPlan();
        LocalDate meeting = LocalDate.now(UkDates.LONDON).plusDays(200);
        assertThat(api.call("cora", put("/api/letters/" + letterId + "/plan/meetings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"meetingDates\": [\"" + meeting + "\"]}")).status()).isEqualTo(200);
        String opens = api.get("cora", "/api/letters/" + letterId + "/plan/cycles").json().get(0).path("opens").asText();

        Element row = PageSession.signedIn(mvc, "cora").get("/").document()
                .selectFirst("#letters a[href='/letters/" + letterId + "']").closest("tr");

        assertThat(row.select("td").get(0).text()).isEqualTo("Live: next cycle opens " + UkDates.day(LocalDate.parse(opens))
                + ", for the meeting of " + UkDates.day(meeting));
    }

    /** What an owner is told that is no task (a due date moved) stays listed, as one sentence, with no link to itself. */
    @Test
    void aNoticeOfNoTaskIsListedAsOneSentenceWithNoLinkToThePageItIsOn() {
        String letterId = api.liveSomersetPlan();
        String plan = "/api/letters/" + letterId + "/plan";
        long version = api.get("cora", plan).json().path("version").asLong();
        assertThat(api.call("cora", put(plan + "/actions/A1/due-date").contentType(MediaType.APPLICATION_JSON)
                .content("{\"dueDate\": \"2027-06-30\", \"version\": " + version + ", \"reason\": \"Agreed.\"}"))
                .status()).isEqualTo(200);

        PageSession.Page owen = PageSession.signedIn(mvc, "owen").get("/");

        Element moved = owen.document().select("#notices li").stream()
                .filter(li -> li.text().contains("moved the due date of A1")).findFirst().orElseThrow();
        assertThat(moved.select("a")).as("it would open the page it is on").isEmpty();
        // the action's title sits inside the sentence without its own full stop
        assertThat(moved.selectFirst("span").text()).doesNotContainPattern("\\. (from|to) ").endsWith("to 30 June 2027: Agreed.");
        // and names the letter beside it: an owner's actions of two letters share their numbers
        assertThat(moved.select(".scrutineer-muted").text()).isEqualTo("(" + LetterTitle.of(letters.get(letterId)) + ")");
    }

    /** A draft goes stale when a due date moves after it was made: the chair reading it is told what changed. */
    @Test
    void aReportsPageSaysWhatChangedSinceItsDraftWasMade() {
        String letterId = api.liveSomersetPlan();
        String reportId = draftReport(letterId);
        PageSession.Page fresh = PageSession.signedIn(mvc, "chris").get("/reports/" + reportId);
        assertThat(fresh.has("changed-since")).isFalse();
        // no meeting named: no meeting row; the day to decide by, with no meeting to fall after
        assertThat(fresh.has("meeting")).isFalse();
        assertThat(fresh.text("decide-by")).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
        String plan = "/api/letters/" + letterId + "/plan";
        long version = api.get("cora", plan).json().path("version").asLong();
        assertThat(api.call("cora", put(plan + "/actions/A1/due-date").contentType(MediaType.APPLICATION_JSON)
                .content("{\"dueDate\": \"2027-06-30\", \"version\": " + version + ", \"reason\": \"Agreed.\"}"))
                .status()).isEqualTo(200);

        PageSession.Page page = PageSession.signedIn(mvc, "chris").get("/reports/" + reportId);

        assertThat(page.text("changed-since")).contains("Changed since this version was drafted (1):",
                "Cora Coordinator moved A1", "30 June 2027", "returning it makes a version that does");

        // approved as it stands, the signed version prints what the chair read, not the move made since
        String draftText = api.newestReportText(letterId);
        assertThat(api.complete("chris", api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null),
                "{\"decision\": \"APPROVED\"}").status()).isEqualTo(204);
        api.runDueJobs();
        JsonNode versions = api.get("cora", "/api/reports?letterId=" + letterId).json();
        assertThat(versions.get(versions.size() - 1).path("signed").asBoolean()).isTrue();
        String signedText = api.newestReportText(letterId);
        assertThat(signedText).doesNotContain("30 June 2027").contains("Approved by Chris Chair");
        assertThat(draftText).doesNotContain("30 June 2027");
    }

    /** A screen reader names each row with each of its fields: 191 fields read "Section" and "Text" alike. */
    @Test
    void everyFieldOfAListsRowIsNamedWithItsRow() {
        String letterId = register();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        PageSession.Page page = PageSession.signedIn(mvc, "cora").get("/tasks/" + review);
        java.util.List<String> labels = page.document().select("table.scrutineer-rows label").eachText();
        assertThat(labels).contains("Section (F1)", "Text (F1)").doesNotHaveDuplicates();

        api.complete("cora", review, "{\"confirmed\": true}");
        PageSession.Page draft = PageSession.signedIn(mvc, "cora").get("/tasks/"
                + api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null));
        assertThat(draft.document().select("fieldset.scrutineer-list-row > legend").eachText())
                .startsWith("Action 1", "Action 2");
        assertThat(draft.document().selectFirst("fieldset.scrutineer-list-row").select("label").eachText()).isNotEmpty();
    }

    /** An action drafted with a due date already passed does not read "100% of the time from 2026 to 2011". */
    @Test
    void anUpdateFormSaysWhenTheDueDateHadPassedBeforeThePlanStarted() {
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");

        String form = PageSession.signedIn(mvc, "owen").get("/tasks/" + update).document().text();

        assertThat(form).containsPattern("The due date, \\d{1,2} \\w+ 2011, had passed before the plan started on"
                + " \\d{1,2} \\w+ 20\\d\\d: all of its time has passed.").doesNotContain("(the plan’s start) to")
                // and what each rating takes, before the owner rates it
                .contains("Past its due date, the schedule gives AMBER from 50% complete, RED below, and GREEN once completed.");
    }

    // --- the letters' paths, through the API as the workflow tests take them

    private String register() {
        return api.upload("cora", "/api/letters", "somerset.txt", Api.resource("/letters/somerset-2011-ucra-letter.txt"), null)
                .json().path("id").asText();
    }

    private void draft(String letterId, String actions) {
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null),
                "{\"actions\": " + actions + "}").status()).isEqualTo(204);
    }

    private void accept(String owner, String letterId, String actionId) {
        api.complete(owner, api.task(owner, letterId, ProcessKeys.ACCEPT_ACTION, actionId), "{\"accepted\": true}");
    }

    private void report(String owner, String letterId, String actionId, String rag, int percent) {
        assertThat(api.complete(owner, api.task(owner, letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, actionId),
                "{\"progress\": \"Audit under way\", \"rag\": \"" + rag + "\", \"percentComplete\": " + percent
                        + ", \"ragReason\": \"The team is in place and the audit has begun\"}")
                .status()).isEqualTo(204);
    }

    /** Starts a cycle, owen reports A1 and the draft renders: returns the draft's id. */
    private String draftReport(String letterId) {
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}");
        report("owen", letterId, "A1", "GREEN", 50);
        api.runDueJobs();
        return api.get("chris", "/api/reports?letterId=" + letterId).json().get(0).path("id").asText();
    }

    /** The form as the page shows it, sent back with the first action's due date typed as given. */
    private static String[] withFirstDueDate(PageSession.Page page, String dueDate) {
        return withValues(page, Map.of("actions[0].dueDate", dueDate));
    }

    /** The form as the page shows it, sent back with these fields typed as given. */
    private static String[] withValues(PageSession.Page page, Map<String, String> typed) {
        List<String> params = new java.util.ArrayList<>();
        for (Element field : page.document().select("form input[name], form select[name], form textarea[name]")) {
            if (field.is("[type=submit]") || field.is("[type=checkbox]:not([checked])")) {
                continue;
            }
            params.add(field.attr("name"));
            params.add(typed.containsKey(field.attr("name")) ? typed.get(field.attr("name"))
                    : field.is("select") ? field.select("option[selected]").val() : field.val());
        }
        return params.toArray(String[]::new);
    }

    private static List<String> actionIds(PageSession.Page page) {
        return page.document().select("#actions tbody tr").eachAttr("data-action");
    }

    private static Element actionRow(PageSession.Page page, String table, String letterId, String actionId) {
        Element row = page.document().selectFirst("#" + table + " tbody tr[data-letter=" + letterId + "][data-action=" + actionId + "]");
        if (row == null) {
            throw new AssertionError("no " + actionId + " of letter " + letterId + " in #" + table);
        }
        return row;
    }

    /** What a person reads: the page's text, not its attributes or option values. */
    private static String readableText(PageSession.Page page) {
        return page.document().body().text();
    }
}
