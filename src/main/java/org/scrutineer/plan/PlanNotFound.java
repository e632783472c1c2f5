package org.scrutineer.plan;

import org.scrutineer.web.NotFound;

public class PlanNotFound extends NotFound {
    public PlanNotFound(String letterId) {
        super("Letter '" + letterId + "' has no action plan yet.");
    }
}
