package org.scrutineer.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded document store keeps its file when no MongoDB URI is configured.
 *
 * @param dataDirectory folder of the store's H2 file; {@code memory} keeps documents in memory only (tests)
 */
@ConfigurationProperties("scrutineer.document-store")
public record DocumentStoreSettings(String dataDirectory) {

    public boolean inMemory() {
        return "memory".equals(dataDirectory);
    }
}
