package org.scrutineer.overview;

import org.scrutineer.pages.LocalPaths;
import org.scrutineer.pages.PageController;
import org.scrutineer.pages.SignedIn;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.scrutineer.notify.Notice;
import org.scrutineer.notify.Notifications;
import org.scrutineer.workflow.OpenWork;
import org.scrutineer.workflow.TaskReminders;
import org.scrutineer.workflow.TaskSummary;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final Notifications notifications;
    private final TaskReminders reminders;

    HomePage(OpenWork work, CoordinatorDashboard dashboard, OwnerWork ownerWork, ChairDesk desk, LetterTitles titles,
             People people, Clock clock, Notifications notifications, TaskReminders reminders) {
        this.notifications = notifications;
        this.reminders = reminders;
        this.work = work;
        this.dashboard = dashboard;
        this.ownerWork = ownerWork;
        this.desk = desk;
        this.titles = titles;
        this.people = people;
        this.clock = clock;
    }

    /** The newest notices a person is shown: what they were told, and were or will be emailed, lately. */
    static final int NOTICES = 10;

    private static final String TASK_PATH = "/tasks/";

    /**
     * @param letter the title of the letter it is about; {@literal null} for none
     * @param done   the task the notice links to is done: the page folds it away, unlinked
     */
    record NoticeLine(String text, String letter, String link, boolean done) {

        /** The task the link opens; {@literal null} when it opens none. */
        String taskId() {
            return link != null && link.startsWith(TASK_PATH) && link.length() > TASK_PATH.length()
                    ? link.substring(TASK_PATH.length()) : null;
        }
    }

    /** Someone's task past its due date, as a coordinator's home page lists it. */
    record LateLine(String taskId, String task, String who, String due) {
    }

    /**
     * A task as the home page (and a letter's page) lists it, with the letter it is about.
     *
     * @param saved the person saved it to finish later: what they typed is waiting in it, not sent
     */
    record TaskLine(TaskSummary task, String letterTitle, String since, String due, boolean saved) {

        /** The person's tasks as listed, titled by {@code titleOf} (a letter's id), what they saved read at once. */
        static List<TaskLine> of(List<TaskSummary> tasks, Function<String, String> titleOf, OpenWork work, String user) {
            Set<String> saved = work.savedDrafts(user, tasks.stream().map(TaskSummary::id).toList());
            return tasks.stream().map(t -> new TaskLine(t, titleOf.apply(t.letterId()), UkDates.day(t.created()),
                    UkDates.day(t.due()), saved.contains(t.id()))).toList();
        }

        /**
         * The task as the list names it: a task about the whole letter is named after it for Tasklist's list ("Review
         * findings · Wiltshire Council: Inspection of…"), which the Letter column beside it already says.
         */
        public String name() {
            String name = task.name();
            int about = name == null ? -1 : name.indexOf(" · ");
            return task.actionId() == null && about > 0 && letterTitle != null ? name.substring(0, about) : name;
        }
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
            model.addAttribute("tasks", TaskLine.of(open.entries(), letterTitles::get, work, me.id()));
            model.addAttribute("taskCount", open.total());
            model.addAttribute("tasksPage", tasks);
            model.addAttribute("taskPages", Paging.pages(open.total(), TASKS_PER_PAGE));
        }
        model.addAttribute("today", UkDates.day(today));
        // what still asks something of them first; notices of tasks done since fold away below, so a busy cycle's
        // finished tasks do not push the page's real work down; and notices of tasks still open are counted, not
        // listed again above the table that lists those tasks
        Map<Boolean, List<NoticeLine>> notices = noticeLines(me.id()).stream()
                .collect(Collectors.partitioningBy(NoticeLine::done));
        boolean tasksListed = !onlyChair;
        model.addAttribute("notices", notices.get(false).stream()
                .filter(n -> !tasksListed || n.taskId() == null).toList());
        model.addAttribute("taskNotices", notices.get(false).stream()
                .filter(n -> tasksListed && n.taskId() != null).count());
        model.addAttribute("doneNotices", notices.get(true));
        model.addAttribute("lettersPage", page);
        if (me.isCoordinator() || me.isAdmin()) {
            model.addAttribute("dashboard", dashboard.of(page, today, names));
            model.addAttribute("late", reminders.late().stream().map(t -> new LateLine(t.taskId(), t.name(),
                    names.of(t.assignee()), UkDates.day(t.due()))).toList());
        }
        if (me.isOwner()) {
            model.addAttribute("myActions", ownerWork.actionsOf(me.id(), today, names));
        }
        if (me.isChair()) {
            model.addAttribute("desk", desk.of(names));
        }
        return "overview/home";
    }

    /**
     * A notice's link is absolute for the email; on the page it is this site's path, whatever the site's address,
     * and a notice of a task done since is marked done, unlinked.
     */
    private List<NoticeLine> noticeLines(String userId) {
        List<Notice> newest = notifications.of(userId, NOTICES);
        Map<String, String> letters = notifications.letterTitles(newest);
        List<NoticeLine> linked = newest.stream().map(n -> new NoticeLine(n.text(), letters.get(n.letterId()),
                n.link() == null ? null : LocalPaths.orHome(URI.create(n.link()).getPath()), false)).toList();
        Set<String> open = work.stillOpen(linked.stream().map(NoticeLine::taskId).filter(Objects::nonNull).toList());
        return linked.stream().map(n -> n.taskId() == null || open.contains(n.taskId()) ? n
                : new NoticeLine(n.text(), n.letter(), null, true)).toList();
    }
}
