package org.scrutineer.security;

import org.camunda.bpm.engine.IdentityService;
import org.scrutineer.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator lifts the wait on a user's sign-ins at once (admins only, SecurityConfiguration): our throttle's
 * memory of their failures, and the engine's own lock, which an account may still carry from before it was turned off.
 */
@RestController
class UnlockController {

    private final IdentityService identity;
    private final SignInThrottle throttle;

    UnlockController(IdentityService identity, SignInThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    @PostMapping("/api/users/{id}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String id) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            throw new NotFound("There is no user '" + id + "'.");
        }
        identity.unlockUser(id);
        throttle.unlock(id);
        return ResponseEntity.noContent().build();
    }
}
