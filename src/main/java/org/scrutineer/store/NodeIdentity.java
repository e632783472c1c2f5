package org.scrutineer.store;

import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.UUID;

/**
 * This running application: journals it started are its own, and any journal started before it, by whatever
 * process, cannot belong to a transaction it is running.
 */
@Component
class NodeIdentity {

    private final String id = UUID.randomUUID().toString();
    private final Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    String id() {
        return id;
    }

    Instant started() {
        return started;
    }
}
