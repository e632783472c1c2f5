package org.scrutineer.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
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
 */
class TasklistSession extends OncePerRequestFilter {

    private final String engine;
    private final boolean readsOnly;

    /** @param readsOnly whether only GETs may use the session (our API; the webapps guard their own writes) */
    TasklistSession(String engine, boolean readsOnly) {
        this.engine = engine;
        this.readsOnly = readsOnly;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return (readsOnly && !"GET".equals(request.getMethod())) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication engineUser = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine);
        if (engineUser instanceof UserAuthentication user && user.getName() != null) {
            var authorities = user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
        }
        chain.doFilter(request, response);
    }
}
