package org.scrutineer.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.plan.PlanImport;
import org.scrutineer.plan.PlanSpreadsheetReader;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Conflict;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A coordinator brings in a plan the council already keeps in a spreadsheet, instead of drafting it: first a preview
 * (what will be created, and every row that cannot be read with why; nothing stored), then the import, which drafts
 * the plan by completing the letter's draftActionPlan task with those actions, through the same checks as the form.
 * Owners then accept their actions as usual. Coordinators only (SecurityConfiguration).
 */
@RestController
class PlanImportController {

    private final PlanSpreadsheetReader reader;
    private final WorkTasks work;
    private final TaskService tasks;
    private final Owners owners;

    PlanImportController(PlanSpreadsheetReader reader, WorkTasks work, TaskService tasks, Owners owners) {
        this.owners = owners;
        this.reader = reader;
        this.work = work;
        this.tasks = tasks;
    }

    @PostMapping("/api/letters/{letterId}/plan/import/preview")
    PlanImport preview(@PathVariable String letterId, @RequestParam("file") MultipartFile file) throws IOException {
        draftTask(letterId);
        return read(letterId, file);
    }

    /**
     * The sheet as the import will take it: a row whose owner may not own an action (a chair, a coordinator, an
     * administrator) is a problem of its row here, as the draft form would refuse it; the preview had said all was well.
     */
    private PlanImport read(String letterId, MultipartFile file) throws IOException {
        PlanImport sheet = reader.read(letterId, file.getBytes());
        List<PlanImport.Problem> problems = new ArrayList<>(sheet.problems());
        List<PlanImport.Row> rows = new ArrayList<>();
        for (PlanImport.Row row : sheet.actions()) {
            List<FieldError> wrong = new ArrayList<>();
            owners.check("owner", row.owner(), wrong);
            if (wrong.isEmpty()) {
                rows.add(row);
            } else {
                problems.add(new PlanImport.Problem(row.row(), "the owner " + wrong.get(0).message()));
            }
        }
        problems.sort(Comparator.comparingInt(PlanImport.Problem::row));
        return new PlanImport(sheet.columns(), rows, problems);
    }

    /** @param committee, reportingInterval as the draft form takes them; the form's own values when absent */
    @PostMapping("/api/letters/{letterId}/plan/import")
    @ResponseStatus(HttpStatus.CREATED)
    PlanImport bringIn(@PathVariable String letterId, @RequestParam("file") MultipartFile file,
                       @RequestParam(required = false) String committee,
                       @RequestParam(required = false) String reportingInterval, Authentication user) throws IOException {
        Task draft = draftTask(letterId);
        PlanImport plan = read(letterId, file);
        if (!plan.readable()) {
            throw new BadRequest("The spreadsheet has rows that cannot be read; nothing was stored. Put them right, or "
                    + "take them out, and import again.", plan.problems().stream()
                    .map(p -> new FieldError("rows[" + p.row() + "]", p.reason())).toList());
        }
        Map<String, Object> values = new HashMap<>();
        values.put(Variables.ACTIONS, plan.actions().stream().map(PlanImportController::draftFields).toList());
        if (committee != null) {
            values.put(Variables.COMMITTEE, committee);
        }
        if (reportingInterval != null) {
            values.put(Variables.REPORTING_INTERVAL, reportingInterval);
        }
        work.complete(draft.getId(), values, user.getName(),
                user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        return plan;
    }

    private Task draftTask(String letterId) {
        List<Task> open = tasks.createTaskQuery().taskDefinitionKey(ProcessKeys.DRAFT_ACTION_PLAN)
                .processVariableValueEquals(Variables.LETTER_ID, letterId).listPage(0, 1);
        if (open.isEmpty()) {
            throw new Conflict("Letter '" + letterId + "' has no plan being drafted: a plan is brought in instead of "
                    + "drafting it, once the findings are reviewed and before it is drafted.");
        }
        return open.get(0);
    }

    private static Map<String, Object> draftFields(PlanImport.Row row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("findingIds", String.join(", ", row.findingIds()));
        fields.put("title", row.title());
        fields.put("description", row.draftDescription());
        fields.put("owner", row.owner());
        fields.put("dueDate", row.dueDate().toString());
        fields.put("successMeasure", "");
        return fields;
    }
}
