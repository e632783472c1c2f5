package org.scrutineer.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.scrutineer.notify.NotificationSettings;
import org.scrutineer.notify.Notifications;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every few minutes ({@code scrutineer.notifications.every}): reminders for today, then each person's message of
 * the day. Safe on several nodes at once: every reminder and message is keyed, and a message is claimed before it
 * is sent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class NotificationRounds {

    private final TaskReminders reminders;
    private final Notifications notifications;
    private final NotificationSettings settings;
    private final TaskService tasks;

    NotificationRounds(TaskReminders reminders, Notifications notifications, NotificationSettings settings,
                       TaskService tasks) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.notifications = notifications;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${scrutineer.notifications.every:PT5M}", initialDelayString = "PT30S")
    void scheduled() {
        if (settings.rounds()) {
            round();
        }
    }

    /** One round, now. */
    public void round() {
        reminders.look();
        notifications.gatherAndSend(ids -> ids.isEmpty() ? Set.of() : tasks.createTaskQuery()
                .taskIdIn(ids.toArray(String[]::new)).list().stream().map(Task::getId).collect(Collectors.toSet()));
    }
}
