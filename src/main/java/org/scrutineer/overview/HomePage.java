package org.scrutineer.overview;

import org.scrutineer.pages.PageController;
import org.scrutineer.pages.SignedIn;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.scrutineer.workflow.OpenWork;
import org.scrutineer.workflow.TaskSummary;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /}: what this person has to do and what needs their attention, by role. A coordinator sees every letter's
 * plan counted, what is overdue, the cycles collecting updates and the next meeting; an action owner their actions
 * across plans; a chair the reports waiting for a decision and the latest decisions. Everyone sees their tasks.
 */
@PageController
class HomePage {

    static final int TASKS_PER_PAGE = 20;

    private final OpenWork work;
    private final CoordinatorDashboard dashboard;
    private final OwnerWork ownerWork;
    private final ChairDesk desk;
    private final LetterTitles titles;
    private final People people;
    private final Clock clock;

    HomePage(OpenWork work, CoordinatorDashboard dashboard, OwnerWork ownerWork, ChairDesk desk, LetterTitles titles,
             People people, Clock clock) {
        this.work = work;
        this.dashboard = dashboard;
        this.ownerWork = ownerWork;
        this.desk = desk;
        this.titles = titles;
        this.people = people;
        this.clock = clock;
    }

    /** A task as the home page lists it, with the letter it is about. */
    record TaskLine(TaskSummary task, String letterTitle, String since, String due) {
    }

    /**
     * @param page  the page of letters a coordinator is looking at, from 0
     * @param tasks the page of their tasks, oldest first, from 0
     */
    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int tasks,
                @ModelAttribute("me") SignedIn me, Model model) {
        Names names = new Names(people);
        LocalDate today = UkDates.today(clock);
        // a chair's only tasks are sign-offs, listed with their reports below, where the chair decides them
        boolean onlyChair = me.isChair() && !me.isCoordinator() && !me.isOwner() && !me.isAdmin();
        if (!onlyChair) {
            Paged<TaskSummary> open = work.of(me.id(), me.groups(), Paging.of(tasks, TASKS_PER_PAGE));
            Map<String, String> letterTitles = titles.of(open.entries().stream().map(TaskSummary::letterId)
                    .filter(Objects::nonNull).distinct().toList());
            model.addAttribute("tasks", open.entries().stream().map(t -> new TaskLine(t, letterTitles.get(t.letterId()),
                    UkDates.day(t.created()), UkDates.day(t.due()))).toList());
            model.addAttribute("taskCount", open.total());
            model.addAttribute("tasksPage", tasks);
            model.addAttribute("taskPages", Paging.pages(open.total(), TASKS_PER_PAGE));
        }
        model.addAttribute("today", UkDates.day(today));
        model.addAttribute("lettersPage", page);
        if (me.isCoordinator() || me.isAdmin()) {
            model.addAttribute("dashboard", dashboard.of(page, today, names));
        }
        if (me.isOwner()) {
            model.addAttribute("myActions", ownerWork.actionsOf(me.id(), today, names));
        }
        if (me.isChair()) {
            model.addAttribute("desk", desk.of(names));
        }
        return "overview/home";
    }
}
