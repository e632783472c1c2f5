package org.scrutineer.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded document store keeps its file when no MongoDB URI is configured.
 *
 * @param dataDirectory folder of the store's H2 file; {@code memory} keeps documents in memory only (tests)
 * @param port          its port on loopback; 0 (the default) takes a free one. A fixed port lets a second node on
 *                      this machine share these documents, as the two-node test does
 */
@ConfigurationProperties("scrutineer.document-store")
public record DocumentStoreSettings(String dataDirectory, @DefaultValue("0") int port) {

    public boolean inMemory() {
        return "memory".equals(dataDirectory);
    }
}
