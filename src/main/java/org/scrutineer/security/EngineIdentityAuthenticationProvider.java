package org.scrutineer.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
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

    private final ProcessEngineConfigurationImpl engine;
    private final SignInThrottle throttle;

    EngineIdentityAuthenticationProvider(ProcessEngine engine, SignInThrottle throttle) {
        this.engine = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
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
        List<String> groups;
        try {
            groups = password == null ? null : groupsIfSignedIn(userId, password.toString());
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (groups == null) {
            attempt.failed();
            throw new BadCredentialsException("unknown user or wrong password");
        }
        attempt.succeeded();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null,
                groups.stream().map(SimpleGrantedAuthority::new).toList());
    }

    /**
     * The user's groups when the password is theirs, else {@literal null}: checked as {@code IdentityService}
     * checks it, and read in the same engine command, since every request through {@code /api} with Basic
     * credentials signs in and a command more is a transaction more.
     */
    private List<String> groupsIfSignedIn(String userId, String password) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ReadOnlyIdentityProvider identities = context.getReadOnlyIdentityProvider();
            if (!identities.checkPassword(userId, password)) {
                return null;
            }
            return identities.createGroupQuery(context).groupMember(userId).list().stream().map(Group::getId).toList();
        });
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
