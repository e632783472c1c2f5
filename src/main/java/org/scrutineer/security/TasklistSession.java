package org.scrutineer.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Who is signed in to the Camunda webapps, read from their session. A person signed in to Tasklist follows the
 * sign-off form's link to the report's PDF: that GET is theirs, so the browser does not ask them to sign in again
 * (on our API only reads: a change still needs HTTP Basic, so a page elsewhere cannot make the browser act for
 * them). It also tells the guard on Cockpit's and Admin's own APIs who is asking.
 * <p>
 * The session is trusted as the webapps trust it: once its cache time has passed, the user and their groups are
 * looked up again in the identity service (Camunda's own rule, {@code camunda.bpm.webapp.auth.cache.*}), so a
 * user an admin deleted is nobody here and one taken out of a group loses what that group allowed.
 */
class TasklistSession extends OncePerRequestFilter {

    private final String engine;
    private final Long cacheTimeToLive;
    private final boolean readsOnly;

    /**
     * @param cacheTimeToLive milliseconds a session's user and groups are trusted before they are looked up again
     *                        (0: on every request), {@literal null} when the webapps never look again
     * @param readsOnly whether only GETs may use the session (our API; the webapps guard their own writes)
     */
    TasklistSession(String engine, Long cacheTimeToLive, boolean readsOnly) {
        this.engine = engine;
        this.cacheTimeToLive = cacheTimeToLive;
        this.readsOnly = readsOnly;
    }

    /** An error page says who is signed in, whether or not the address it answers was one of ours. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return (readsOnly && !"GET".equals(request.getMethod())) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        UserAuthentication user = session == null ? null : signedIn(session);
        if (user != null) {
            var authorities = user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
        } else {
            // the session alone says who is asking: nothing from an earlier request speaks for a user it no longer has
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    /** The session's user for our engine, as the identity service has them now if the cache time has passed. */
    private UserAuthentication signedIn(HttpSession session) {
        Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
        if (cacheTimeToLive != null) {
            AuthenticationUtil.updateCache(signedIn, session, cacheTimeToLive);
            AuthenticationUtil.updateSession(session, signedIn);
        }
        return signedIn.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
                && user.getName() != null ? user : null;
    }
}
