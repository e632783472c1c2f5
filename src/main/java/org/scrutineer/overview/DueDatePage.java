package org.scrutineer.overview;

import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.audit.Cause;
import org.scrutineer.pages.PageController;
import org.scrutineer.pages.SignedIn;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.ActionStatus;
import org.scrutineer.plan.Plan;
import org.scrutineer.plan.PlanService;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.DateRange;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code /letters/{id}/actions/{actionId}/due-date}, for coordinators: an action's due dates and a form to move its
 * current one, as {@code PUT /api/letters/{id}/plan/actions/{actionId}/due-date} does. The form carries the plan's
 * version it showed, so a change someone made meanwhile is not overwritten: the page shows the action as it now
 * stands and asks again. The original due date stays, and the next report shows both.
 */
@PageController
class DueDatePage {

    private final PlanService plans;
    private final LetterTitles titles;
    private final People people;
    private final Clock clock;

    DueDatePage(PlanService plans, LetterTitles titles, People people, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.titles = titles;
        this.people = people;
    }

    @GetMapping("/letters/{id}/actions/{actionId}/due-date")
    String show(@PathVariable String id, @PathVariable String actionId, Model model) {
        Plan plan = plans.get(id);
        return page(plan, plans.action(id, actionId), null, null, model);
    }

    @PostMapping("/letters/{id}/actions/{actionId}/due-date")
    String move(@PathVariable String id, @PathVariable String actionId, @RequestParam(defaultValue = "") String dueDate,
                @RequestParam(defaultValue = "") String reason, @RequestParam long version,
                @ModelAttribute("me") SignedIn me, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        LocalDate date = UkDates.parse(dueDate);
        String error;
        String errorAt = "due-date";
        HttpStatus refusal = HttpStatus.BAD_REQUEST;
        if (date == null) {
            error = "Enter the due date as a real date, like 31/03/2027";
        } else if (!DateRange.accepts(date)) {
            error = "The due date must be " + UkDates.ALLOWED;
        } else if (reason.strip().length() > PlanService.MAX_MOVE_REASON) {
            error = "Say why in at most " + String.format("%,d", PlanService.MAX_MOVE_REASON) + " characters";
            errorAt = "reason";
        } else {
            try {
                plans.moveDueDate(id, actionId, date, version, reason, Cause.request(me.id()));
                Action moved = plans.action(id, actionId);
                // a date already passed may be the committee's own, recorded late, or a slip of the year: say so
                redirect.addFlashAttribute("notice", actionId + " is now due on " + UkDates.day(moved.getDueDate())
                        + " (first due " + UkDates.day(moved.getOriginalDueDate()) + ")."
                        + (date.isBefore(UkDates.today(clock)) ? " That date has passed, so " + actionId
                        + " shows as overdue unless it is completed." : ""));
                return "redirect:/letters/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "#plan";
            } catch (Conflict e) {
                refusal = HttpStatus.CONFLICT;
                Action now = plans.action(id, actionId);
                error = now.getStatus() == ActionStatus.COMPLETED
                        ? actionId + " is completed: its due date stays"
                        : "Someone changed the plan since you opened this page. Here is how " + actionId
                        + " stands now: check it, then move its due date again";
                dueDate = UkDates.FIELD.format(now.getDueDate());
            }
        }
        response.setStatus(refusal.value());
        Plan plan = plans.get(id);
        model.addAttribute("reason", reason);
        model.addAttribute("errorAt", errorAt);
        return page(plan, plans.action(id, actionId), dueDate, error, model);
    }

    private String page(Plan plan, Action action, String typed, String error, Model model) {
        model.addAttribute("letterId", plan.getLetterId());
        model.addAttribute("letterTitle", titles.of(Set.of(plan.getLetterId())).get(plan.getLetterId()));
        model.addAttribute("action", action);
        model.addAttribute("owner", new Names(people).of(action.getOwner()));
        model.addAttribute("version", plan.getVersion());
        model.addAttribute("due", UkDates.day(action.getDueDate()));
        model.addAttribute("firstDue", UkDates.day(action.getOriginalDueDate()));
        model.addAttribute("dueDate", typed != null ? typed : UkDates.FIELD.format(action.getDueDate()));
        model.addAttribute("dueDateError", error);
        model.addAttribute("completed", action.getStatus() == ActionStatus.COMPLETED);
        return "overview/due-date";
    }
}
