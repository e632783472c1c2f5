package org.scrutineer.progress;

import org.scrutineer.web.NotFound;

public class CycleNotFound extends NotFound {
    public CycleNotFound(String cycleId) {
        super("No reporting cycle has id '" + cycleId + "'.");
    }
}
