package org.scrutineer.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.scrutineer.security.Groups;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Refusals;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An action's owner must be a user the engine knows, or their task would be assigned to no one; one of the action
 * owners, whose pages and rights are an owner's (a coordinator owning an action could decide their own request for
 * more time); and not a scrutiny chair, who would then sign off reports on their own actions.
 */
@Component
class Owners {

    private final IdentityService identity;

    Owners(IdentityService identity) {
        this.identity = identity;
    }

    void requireUsers(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            // remembered, so Camunda's doors answer it as a 400 naming the field, as ours do, not as their 500
            throw Refusals.remember(new BadRequest("Every owner must be one of Scrutineer's action owners and not a"
                    + " scrutiny chair.", errors));
        }
    }

    /** Adds an error for {@code field} unless {@code userId} is a known user. */
    void check(String field, String userId, List<FieldError> errors) {
        if (userId == null || userId.isBlank()) {
            return;
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            errors.add(new FieldError(field, "there is no user '" + userId + "'"));
        } else if (identity.createUserQuery().userId(userId).memberOfGroup(TaskRoles.SCRUTINY_CHAIRS).count() > 0) {
            errors.add(new FieldError(field, "'" + userId + "' is a scrutiny chair, who signs off this plan's reports"
                    + " and so may own none of its actions"));
        } else if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.ACTION_OWNERS).count() == 0) {
            errors.add(new FieldError(field, "'" + userId + "' is not an action owner: give the action to a member"
                    + " of action-owners (an administrator adds people to it in Camunda Admin)"));
        }
    }
}
