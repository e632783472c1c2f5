package org.scrutineer.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Telling people about their work ({@code scrutineer.notifications.*}).
 *
 * @param rounds  whether the server looks for reminders and makes (and, with {@code spring.mail.host} set, sends)
 *                each person's message of the day by itself; tests run the rounds by hand
 * @param every   how often it does
 * @param from    the sender of the emails
 * @param baseUrl where the links in messages point: the address people open Scrutineer at, {@code http(s)://host[:port][/path]};
 *                a trailing slash is dropped. The production profile has no default: links to localhost would reach
 *                nobody.
 */
@ConfigurationProperties("scrutineer.notifications")
public record NotificationSettings(
        @DefaultValue("true") boolean rounds,
        @DefaultValue("PT5M") Duration every,
        @DefaultValue("scrutineer@example.org") String from,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    public NotificationSettings {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("scrutineer.notifications.base-url must be the address people open "
                    + "Scrutineer at, such as https://scrutineer.example.gov.uk; it is '" + baseUrl + "'");
        }
    }
}
