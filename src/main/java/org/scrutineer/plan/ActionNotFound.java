package org.scrutineer.plan;

import org.scrutineer.web.NotFound;

public class ActionNotFound extends NotFound {
    public ActionNotFound(String letterId, String actionId) {
        super("The plan for letter '" + letterId + "' has no action '" + actionId + "'.");
    }
}
