package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.pages.LocalPaths;
import org.scrutineer.pages.PageController;
import org.scrutineer.pages.SignedIn;
import org.scrutineer.pages.UkDates;
import org.scrutineer.letter.LetterService;
import org.scrutineer.people.People;
import org.scrutineer.web.BadRequest;
import org.scrutineer.workflow.form.FormValidator;
import org.scrutineer.workflow.form.TaskForms;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.*;

/**
 * Any task's form as a page, rendered from its {@code .form} and opened with the task's values. Submitting it goes
 * through the same check and completion as {@code POST /api/tasks/{id}/complete}; a refusal shows each message
 * beside its field, with what the person typed kept. A dynamic list's rows are added and removed by the page
 * itself (nothing is stored until the form is submitted), so it works without JavaScript.
 */
@PageController
class TaskPage {

    /** A form's checkbox with this custom property must be ticked on the page: unticked, the task starts over. */
    static final String CONFIRMS = "confirms";
    /** On a form's heading: what the person is told once it is sent, in place of "Sent: " and its heading. */
    static final String SENT = "sent";
    /** The button that keeps what was typed without sending it ({@link TaskDrafts}). */
    static final String SAVE = "save";

    private final WorkTasks work;
    private final People people;
    private final Clock clock;
    private final TaskForms forms;
    private final LetterService letters;
    private final TaskDrafts drafts;
    private final TaskSubjects subjects;

    TaskPage(WorkTasks work, People people, Clock clock, TaskForms forms, LetterService letters, TaskDrafts drafts,
             TaskSubjects subjects) {
        this.subjects = subjects;
        this.drafts = drafts;
        this.letters = letters;
        this.forms = forms;
        this.clock = clock;
        this.work = work;
        this.people = people;
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable String id, @ModelAttribute("me") SignedIn me, Model model) {
        TaskFormView form = work.form(id, me.id(), me.groups());
        String report = ProcessKeys.SCRUTINY_SIGN_OFF.equals(form.key()) ? subjects.of(id).reportId() : null;
        if (report != null) {
            // the chair decides beside the paper, shown in the page: a notice's link to the task leads there
            return "redirect:/reports/" + UriUtils.encodePathSegment(report, StandardCharsets.UTF_8);
        }
        Map<String, Object> values = new LinkedHashMap<>(form.values());
        drafts.of(id, me.id()).ifPresent(draft -> {
            values.putAll(draft.values());
            if (!model.containsAttribute("notice")) {
                model.addAttribute("notice", "This is what you saved on " + UkDates.moment(draft.savedAt())
                        + ": nothing has been sent yet.");
            }
        });
        return page(form, values, Map.of(), model);
    }

    @PostMapping("/tasks/{id}")
    String submit(@PathVariable String id, @ModelAttribute("me") SignedIn me, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        TaskFormView form = work.form(id, me.id(), me.groups());
        Map<String, String[]> params = request.getParameterMap();
        FormPost post = FormPost.read(form.schema(), params);
        Map<String, Object> shown = new LinkedHashMap<>(form.values());
        shown.putAll(post.values());
        if (params.containsKey("add") || params.containsKey("remove")) {
            changeRows(shown, params);
            return page(form, shown, Map.of(), model);
        }
        if (params.containsKey(SAVE)) {
            drafts.save(id, me.id(), post.values());
            redirect.addFlashAttribute("notice", "Saved: nothing has been sent yet. You may leave this page: the task,"
                    + " on your home page, opens again with what you saved.");
            return "redirect:/tasks/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
        }
        Map<String, String> errors = new LinkedHashMap<>(post.errors());
        unticked(form.schema(), post.values(), errors);
        if (!errors.isEmpty()) {
            // what the form's own rules say of the rest, so the person sees every mistake at once, not one per send
            FormValidator.check(forms.forTask(form.key()), post.values())
                    .forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        }
        String returnTo = request.getParameter(OpenWork.RETURN_TO);
        if (errors.isEmpty()) {
            try {
                work.complete(id, post.values(), me.id(), me.groups());
                // sent from its page; a draft of a task sent through another door stays, unread, as the task is gone
                drafts.drop(id);
                redirect.addFlashAttribute("notice", sentNotice(form, post.values()));
                return "redirect:" + LocalPaths.orHome(returnTo);
            } catch (BadRequest refused) {
                refused.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
                if (errors.isEmpty()) {
                    errors.put("form", refused.getMessage());
                }
            }
        }
        if (returnTo != null) {
            // the page the form was on shows it again, with what was sent and each error (OpenWork.form)
            redirect.addFlashAttribute(OpenWork.SENT, new LinkedHashMap<>(post.values()));
            redirect.addFlashAttribute(OpenWork.ERRORS, errors);
            return "redirect:" + LocalPaths.orHome(returnTo);
        }
        // kept, so leaving the page after a refusal loses nothing of what was typed
        drafts.save(id, me.id(), post.values());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(form, shown, errors, model);
    }

    private String page(TaskFormView form, Map<String, Object> values, Map<String, String> errors, Model model) {
        model.addAttribute("taskId", form.taskId());
        model.addAttribute("about", about(form.task()));
        model.addAttribute("due", form.task().due() == null ? null : UkDates.day(form.task().due()));
        model.addAttribute("form", FormPage.of(form.schema(), values, errors, people, UkDates.today(clock)));
        return "workflow/task";
    }

    /**
     * Which letter, and which of its actions, the task is about: an owner with actions in two plans has an A3 in each,
     * and the form itself shows only the action's title.
     */
    private String about(TaskSummary task) {
        if (task.letterId() == null) {
            return null;
        }
        String title = letters.titles(Set.of(task.letterId())).get(task.letterId());
        return task.actionId() == null ? title : "Action " + task.actionId() + (title == null ? "" : " · " + title);
    }

    /** "Add another" appends an empty row to its list; "Remove" drops the row it belongs to. */
    @SuppressWarnings("unchecked")
    private static void changeRows(Map<String, Object> values, Map<String, String[]> params) {
        if (params.containsKey("add")) {
            String path = params.get("add")[0];
            if (values.get(path) instanceof List<?> rows) {
                List<Object> more = new ArrayList<>(rows);
                more.add(new LinkedHashMap<>());
                values.put(path, more);
            }
        } else {
            String[] target = params.get("remove")[0].split(":", 2); // path:index
            if (target.length == 2 && values.get(target[0]) instanceof List<?> rows) {
                List<Object> fewer = new ArrayList<>(rows);
                try {
                    int index = Integer.parseInt(target[1]);
                    if (index >= 0 && index < fewer.size()) {
                        fewer.remove(index);
                    }
                } catch (NumberFormatException ignored) {
                    // not a row: nothing to remove
                }
                values.put(target[0], fewer);
            }
        }
    }

    private static void unticked(JsonNode schema, Map<String, Object> values, Map<String, String> errors) {
        for (JsonNode c : schema.path("components")) {
            if (c.path("properties").hasNonNull(CONFIRMS) && !Boolean.TRUE.equals(values.get(c.path("key").asText()))) {
                errors.put(c.path("key").asText(), c.path("properties").get(CONFIRMS).asText());
            }
        }
    }

    /**
     * What the person is told once their form is sent, naming what they decided: "Sent: Accept your action" read as
     * an acceptance to someone who had just declined.
     */
    static String sentNotice(TaskFormView form, Map<String, Object> values) {
        if (ProcessKeys.ACCEPT_ACTION.equals(form.key())) {
            return Boolean.TRUE.equals(values.get(Variables.ACCEPTED)) ? "You accepted the action."
                    : "You declined the action; a coordinator will give it to someone else.";
        }
        String said = form.schema().path("components").path(0).path("properties").path(SENT).asText("");
        if (!said.isEmpty()) {
            return said; // the form says what sending it did ("The plan has gone to its owners…")
        }
        StringBuilder notice = new StringBuilder("Sent: ").append(heading(form.schema()));
        for (JsonNode c : form.schema().path("components")) {
            if (!"radio".equals(c.path("type").asText())) {
                continue;
            }
            String chosen = String.valueOf(values.get(c.path("key").asText()));
            for (JsonNode option : c.path("values")) {
                if (!chosen.equals(option.path("value").asText())) {
                    continue;
                }
                if ("Decision".equals(c.path("label").asText())) {
                    // "Your decision is sent: Approve the new due date.", not the form's heading with it in brackets
                    return "Your decision is sent: " + option.path("label").asText() + ".";
                }
                notice.append(" (").append(option.path("label").asText()).append(')');
            }
        }
        return notice.append('.').toString();
    }

    private static String heading(JsonNode schema) {
        for (JsonNode c : schema.path("components")) {
            String text = c.path("text").asText("");
            if (text.startsWith("## ")) {
                return text.substring(3).split("\n")[0].strip();
            }
        }
        return schema.path("id").asText();
    }
}
