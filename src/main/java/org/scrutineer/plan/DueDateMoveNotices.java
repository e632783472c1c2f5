package org.scrutineer.plan;

import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.notify.Notifications;
import org.scrutineer.people.People;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The owner hears of a coordinator's move of their action's due date: the date is what their updates and the
 * committee's paper are measured against, and an extension they were told was approved may have been moved since.
 */
@Component
class DueDateMoveNotices {

    private final Notifications notifications;
    private final People people;

    DueDateMoveNotices(Notifications notifications, People people) {
        this.notifications = notifications;
        this.people = people;
    }

    @EventListener
    void tellTheOwner(DueDateMoved moved) {
        if (moved.owner() == null || moved.owner().equals(moved.cause().actor())) {
            return;
        }
        notifications.tell("due-date-moved:" + moved.cause().key() + ":" + moved.letterId() + ":" + moved.actionId(),
                moved.owner(), people.displayName(moved.cause().actor()) + " moved the due date of " + moved.actionId()
                        + " " + moved.title() + (moved.from() == null ? "" : " from " + CycleCalendar.inWords(moved.from())) + " to "
                        + CycleCalendar.inWords(moved.to()) + (moved.reason() == null ? "." : ": " + moved.reason()), null, moved.letterId());
    }
}
