package org.scrutineer.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param abandonAfter how old a journal must be before any node takes it for one whose process died: longer than
 *                     any engine transaction runs (completions wait at most 10 s for each other; a job's lock is
 *                     60 s). On the embedded default there is one node, and a restart recovers at once.
 * @param sweepEvery   how often each node looks for such journals
 */
@ConfigurationProperties("scrutineer.journal")
public record JournalSettings(@DefaultValue("PT2M") Duration abandonAfter, @DefaultValue("PT30S") Duration sweepEvery) {
}
