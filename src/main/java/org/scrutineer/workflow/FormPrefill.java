package org.scrutineer.workflow;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.scrutineer.finding.Finding;
import org.scrutineer.letter.Letter;
import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterTitle;
import org.scrutineer.people.People;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.DraftAction;
import org.scrutineer.plan.ExtensionRequest;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.report.ChairComments;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each form shows when it opens, read from the documents. Called from the input mappings in bpmn/
 * as {@code ${prefill.…}}, so the values are local to the task and vanish when it completes.
 * Public, with public methods, because the engine's expression language calls them by reflection.
 */
@Component("prefill")
public class FormPrefill {

    private final LetterService letters;
    private final PlanService plans;
    private final ProgressService progress;
    private final ReportService reports;
    private final FormValues values;
    private final ScheduleCheck schedule;
    private final MissingUpdates missing;
    private final Deadlines deadlines;
    private final People people;

    FormPrefill(LetterService letters, PlanService plans, ProgressService progress, ReportService reports,
                FormValues values, ScheduleCheck schedule, MissingUpdates missing, Deadlines deadlines, People people) {
        this.people = people;
        this.schedule = schedule;
        this.missing = missing;
        this.deadlines = deadlines;
        this.letters = letters;
        this.plans = plans;
        this.progress = progress;
        this.reports = reports;
        this.values = values;
    }

    public String letterTitle(String letterId) {
        Letter letter = letters.get(letterId);
        return LetterTitle.of(letter);
    }

    /** ISO, as a form's date field holds it; null when the letter printed none. */
    public String letterDate(String letterId) {
        LocalDate date = letters.get(letterId).getLetterDate();
        return date == null ? null : date.toString();
    }

    public String committee(String letterId) {
        return letters.get(letterId).getCommittee();
    }

    public TypedValue findings(String letterId) {
        return values.jsonValue(letters.get(letterId).getFindings().stream().map(FormPrefill::findingFields).toList());
    }

    /** Finding ids as "F1, F2": Tasklist edits them in a text field; the API also takes a list. */
    public TypedValue draftActions(String letterId) {
        return values.jsonValue(plans.proposeActions(letterId).stream().map(FormPrefill::draftFields).toList());
    }

    public Map<String, Object> action(String letterId, String actionId) {
        Action action = plans.action(letterId, actionId);
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", action.getTitle());
        fields.put("description", action.getDescription());
        fields.put("owner", action.getOwner());
        fields.put("ownerName", action.getOwner() == null ? null : people.displayName(action.getOwner()));
        fields.put("dueDate", action.getDueDate() == null ? null : action.getDueDate().toString());
        fields.put("successMeasure", action.getSuccessMeasure());
        fields.put("declineReason", action.getDeclineReason());
        ProgressUpdate newest = progress.newestByAction(letterId).get(actionId);
        fields.put("latestRag", newest == null || newest.rag() == null ? null : newest.rag().name());
        fields.put("latestPercentComplete", newest == null ? null : newest.percentComplete());
        return fields;
    }

    /** The owner's latest update in this cycle, to revise rather than retype. */
    public Map<String, Object> update(String cycleId, String actionId) {
        Map<String, Object> fields = new HashMap<>();
        progress.latest(cycleId, actionId).ifPresent((ProgressUpdate u) -> {
            fields.put("progress", u.progress());
            fields.put("impact", u.impact());
            fields.put("rag", u.rag() == null ? null : u.rag().name());
            fields.put("percentComplete", u.percentComplete());
            fields.put("completed", u.completed());
            fields.put("ragReason", u.ragReason());
        });
        return fields;
    }

    /** How much of the action's time has passed, shown beside the rating the schedule is compared with. */
    public String timePassed(String letterId, String actionId) {
        return schedule.timeNote(letterId, actionId);
    }

    /** One line per action still without an update: its id, title and owner (never a progress narrative). */
    public String missingUpdates(String letterId, String cycleId) {
        return missing.actionIds(letterId, cycleId).stream().map(id -> plans.action(letterId, id))
                .map(a -> a.getId() + " " + a.getTitle() + " (" + a.getOwner() + ")")
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    public String decideBy(String cycleId) {
        return deadlines.decideByInWords(cycleId);
    }

    /** What an owner asked for: the new date and why. */
    public Map<String, Object> extension(String extensionId) {
        ExtensionRequest request = plans.extension(extensionId);
        Map<String, Object> fields = new HashMap<>();
        fields.put("requestedBy", request.requestedBy());
        fields.put("requestedDueDate", request.requestedDueDate().toString());
        fields.put("reason", request.reason());
        return fields;
    }

    /** The whole comments: what process versions deployed before comments were split by action still ask for. */
    public String chairComments(String reportId) {
        return reports.get(reportId).comments();
    }

    /** What the chair said of this action, after what they said of all; the whole comments if they name none. */
    public String chairComments(String reportId, String actionId) {
        String about = ChairComments.about(reports.get(reportId).comments(), actionId);
        return about == null ? reports.get(reportId).comments() : about;
    }

    /** What the draft printed as a marker because no embedded font has it, one place a line; "None" when nothing. */
    public String printWarnings(String reportId) {
        java.util.List<String> warnings = reports.get(reportId).warnings();
        return warnings == null || warnings.isEmpty() ? "None: every character printed as typed." : String.join("\n", warnings);
    }

    public String reportLink(String reportId) {
        return "/api/reports/" + reportId + "/pdf";
    }

    /** The report's actions in the plan's order (A2 before A10), each named by its title cut to a line. */
    public TypedValue actionChoices(String reportId) {
        Report report = reports.get(reportId);
        return values.jsonValue(plans.get(report.letterId()).getActions().stream()
                .filter(a -> report.actionIds().contains(a.getId()))
                .map(a -> Map.of("label", TaskNames.shortened(a.getId() + " – " + a.getTitle()), "value", a.getId()))
                .toList());
    }

    /**
     * An empty JSON list for a checklist: Tasklist submits a list in the type of the variable it found, and
     * a variable declared empty has type Null, which cannot hold one.
     */
    public TypedValue noneChosen() {
        return values.jsonValue(java.util.List.of());
    }

    private static Map<String, Object> findingFields(Finding f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", f.id());
        fields.put("section", f.section().json());
        fields.put("text", f.text());
        fields.put("timescale", f.timescale() == null ? null : f.timescale().json());
        fields.put("theme", f.theme());
        fields.put("source", describe(f.source()));
        return fields;
    }

    /** "page 2" for the review form, as the letter's page says where a finding sits; nothing without pages. */
    private static String describe(Finding.Source source) {
        return source == null || source.page() == null ? "" : "page " + source.page();
    }

    private static Map<String, Object> draftFields(DraftAction a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("findingIds", String.join(", ", a.findingIds()));
        fields.put("title", a.title());
        fields.put("description", a.description() == null ? "" : a.description());
        fields.put("owner", a.owner() == null ? "" : a.owner());
        fields.put("dueDate", a.dueDate().toString());
        fields.put("successMeasure", a.successMeasure() == null ? "" : a.successMeasure());
        return fields;
    }
}
