package org.scrutineer.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.stereotype.Component;

import java.util.List;

/** An action's owner must be a user the engine knows, or their task would be assigned to no one. */
@Component
class Owners {

    private final IdentityService identity;

    Owners(IdentityService identity) {
        this.identity = identity;
    }

    void requireUsers(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new BadRequest("Every owner must be a user of Scrutineer.", errors);
        }
    }

    /** Adds an error for {@code field} unless {@code userId} is a known user. */
    void check(String field, String userId, List<FieldError> errors) {
        if (userId != null && !userId.isBlank() && identity.createUserQuery().userId(userId).count() == 0) {
            errors.add(new FieldError(field, "there is no user '" + userId + "'"));
        }
    }
}
