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
 * A person signed in to Tasklist follows the sign-off form's link to the report's PDF: that GET is theirs, read from
 * the webapp's session, so the browser does not ask them to sign in again. Only reads: anything that changes data
 * still needs HTTP Basic, so a page elsewhere cannot make the browser act for them.
 */
class TasklistSession extends OncePerRequestFilter {

    private final String engine;

    TasklistSession(String engine) {
        this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
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
