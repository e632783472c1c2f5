package org.scrutineer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ScrutineerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScrutineerApplication.class, args);
    }

    /** One clock for the whole app, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
