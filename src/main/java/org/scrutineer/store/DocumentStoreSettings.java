package org.scrutineer.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where the embedded document store keeps its file when no MongoDB URI is configured.
 *
 * @param dataDirectory folder of the store's H2 file; {@code memory} keeps documents in memory only (tests)
 * @param port          its port on loopback; 0 (the default) takes a free one. A fixed port lets a second node on
 *                      this machine share these documents, as the two-node test does
 * @param compactEvery  how often the embedded default's H2 files (documents and the engine's) get a round of compaction
 */
@ConfigurationProperties("scrutineer.document-store")
public record DocumentStoreSettings(String dataDirectory, @DefaultValue("0") int port,
                                    @DefaultValue("PT0.25S") Duration compactEvery) {

    public boolean inMemory() {
        return "memory".equals(dataDirectory);
    }
}
