package org.scrutineer.notify;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the links in emails point: checked at start, and never silently localhost in production. */
class NotificationSettingsTests {

    @Test
    void theAddressIsAnHttpOrHttpsAddressWithoutATrailingSlash() {
        assertThat(settings(" https://scrutineer.example.gov.uk/ ").baseUrl()).isEqualTo("https://scrutineer.example.gov.uk");
        assertThat(settings("http://intranet:8080/scrutineer").baseUrl()).isEqualTo("http://intranet:8080/scrutineer");
        for (String wrong : new String[] {"", "scrutineer.example.gov.uk", "localhost:8080", "ftp://example.org",
                "https://", "https://example.org/?a=1", "https://example.org/#top", "http://exa mple.org"}) {
            assertThatThrownBy(() -> settings(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scrutineer.notifications.base-url");
        }
    }

    @Test
    void theProductionProfileGivesNoDefaultAddress() throws IOException {
        List<PropertySource<?>> prod = new YamlPropertySourceLoader()
                .load("prod", new ClassPathResource("application-prod.yml"));
        MutablePropertySources sources = new MutablePropertySources();
        prod.forEach(sources::addLast);
        Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));

        // unset, the app does not start, and says what to set
        assertThatThrownBy(() -> binder.bind("scrutineer.notifications", NotificationSettings.class))
                .hasStackTraceContaining("scrutineer.notifications.base-url must be")
                .hasStackTraceContaining("${SCRUTINEER_NOTIFICATIONS_BASE_URL}");

        sources.addFirst(new MapPropertySource("environment",
                Map.of("SCRUTINEER_NOTIFICATIONS_BASE_URL", "https://scrutineer.example.gov.uk")));
        assertThat(binder.bind("scrutineer.notifications", NotificationSettings.class).get().baseUrl())
                .isEqualTo("https://scrutineer.example.gov.uk");
    }

    /** The embedded default links to the port it serves on: a second app on 8181 sent links to 8080. */
    @Test
    void theEmbeddedDefaultLinksToThePortTheAppServesOn() throws IOException {
        List<PropertySource<?>> defaults = new YamlPropertySourceLoader()
                .load("default", new ClassPathResource("application.yml"));
        MutablePropertySources sources = new MutablePropertySources();
        defaults.forEach(sources::addLast);
        Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
        assertThat(binder.bind("scrutineer.notifications", NotificationSettings.class).get().baseUrl())
                .isEqualTo("http://localhost:8080");

        sources.addFirst(new MapPropertySource("command line", Map.of("server.port", "8181")));
        assertThat(binder.bind("scrutineer.notifications", NotificationSettings.class).get().baseUrl())
                .isEqualTo("http://localhost:8181");
    }

    private static NotificationSettings settings(String baseUrl) {
        return new NotificationSettings(true, Duration.ofMinutes(5), "scrutineer@example.org", baseUrl);
    }
}
