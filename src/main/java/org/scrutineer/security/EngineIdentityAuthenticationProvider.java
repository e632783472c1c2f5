package org.scrutineer.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Checks HTTP Basic credentials against the engine's identity service, so the API, Camunda's REST API and
 * the webapps share one store of users and groups. A user's groups become their authorities. Repeated failures
 * are slowed down by the {@link SignInThrottle}, per user and per client address.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInThrottle throttle;

    EngineIdentityAuthenticationProvider(IdentityService identityService, SignInThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt = throttle.admit(userId, address);
        if (!attempt.admitted()) {
            throw new SignInThrottled(attempt.retryAfter());
        }
        boolean valid;
        try {
            valid = password != null && identityService.checkPassword(userId, password.toString());
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!valid) {
            attempt.failed();
            throw new BadCredentialsException("unknown user or wrong password");
        }
        attempt.succeeded();
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
