package org.scrutineer.notify;

import org.scrutineer.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /outbox}: the messages Scrutineer has made, newest first, for coordinators and administrators. On the
 * embedded default, with no mail server configured, this is where they are read.
 */
@PageController
class OutboxPage {

    private static final int SHOWN = 200;

    private final Notifications notifications;

    OutboxPage(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", notifications.outbox(SHOWN));
        return "notify/outbox";
    }
}
