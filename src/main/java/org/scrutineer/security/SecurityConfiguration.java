package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.scrutineer.web.RequestUser;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.scrutineer.security.Groups.CAMUNDA_ADMIN;
import static org.scrutineer.security.Groups.COORDINATORS;
import static org.scrutineer.security.Groups.SCRUTINY_CHAIRS;

/**
 * HTTP Basic for our API and for Camunda's REST API; one browser session, begun at {@code /login}, for our pages,
 * our API's reads and (for administrators) the Camunda webapps, whose APIs keep their own CSRF protection.
 * Finer rules (an owner's own tasks) are checked by the services, which know whose task is whose.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The Camunda admin webapp's setup page creates the first admin when none exists. One always does here (the
     * starter creates it at boot), so the path has no use and is closed for good rather than left to that check.
     */
    @Bean
    @Order(0)
    SecurityFilterChain closedPaths(HttpSecurity http, ProblemAccessDeniedHandler deniedHandler,
                                    ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        return http
                .securityMatcher(path("/camunda/api/admin/setup/**"))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .build();
    }

    /**
     * Cockpit's and Admin's APIs check only that someone is signed in, and Cockpit's plugins show what the engine's
     * authorizations let them read; Tasklist users may read process definitions, so a Tasklist session could list
     * them with their instance counts. These APIs are for admins (anyone else is told so, and where their tasks are);
     * signing in (admin/auth) stays open to all.
     */
    @Bean
    @Order(1)
    SecurityFilterChain adminWebappApis(HttpSecurity http, AdminAppsRefusal refusal,
                                        WebappSessionEntryPoint entryPoint, ProcessEngine engine,
                                        CamundaBpmProperties camunda, SignInThrottle throttle,
                                        ObjectMapper json) throws Exception {
        return http
                // the webapps' APIs are Jersey servlets, not Spring MVC: match their paths as paths
                .securityMatcher(new OrRequestMatcher(path("/camunda/api/cockpit/**"), path("/camunda/api/admin/**")))
                .csrf(AbstractHttpConfigurer::disable) // the webapps send and check their own token
                .sessionManagement(SecurityConfiguration::leaveTheWebappSession)
                .addFilterBefore(tasklistSession(engine, camunda, false), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new WebappLoginThrottle(throttle, json), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(refusal))
                .authorizeHttpRequests(auth -> auth
                        // signing in, and the plugins' scripts the apps load before anyone has signed in
                        .requestMatchers(path("/camunda/api/admin/auth/**"), path("/camunda/api/cockpit/plugin/*/static/**"),
                                path("/camunda/api/admin/plugin/*/static/**")).permitAll()
                        .anyRequest().hasAuthority(CAMUNDA_ADMIN))
                .build();
    }

    /**
     * The webapps' engine API, which Tasklist calls: someone not an administrator may call only the operations
     * Tasklist's own pages use ({@link TasklistOperations}); anything else is refused (403 problem) before the
     * engine reads the request. Who is signed in comes from the webapps' session, which also checks its own CSRF
     * token; the engine's authorizations and the door guard check what an allowed operation asks.
     */
    @Bean
    @Order(2)
    SecurityFilterChain tasklistEngineApi(HttpSecurity http, AdminAppsRefusal refusal,
                                          WebappSessionEntryPoint entryPoint, ProcessEngine engine,
                                          CamundaBpmProperties camunda) throws Exception {
        return http
                .securityMatcher(path("/camunda/api/engine/**"))
                .csrf(AbstractHttpConfigurer::disable) // the webapps send and check their own token
                .sessionManagement(SecurityConfiguration::leaveTheWebappSession)
                .addFilterBefore(tasklistSession(engine, camunda, false), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(refusal))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(TasklistOperations.engineNames()).permitAll()
                        // signed in or not: the webapps answer 401 themselves to someone not signed in
                        .requestMatchers(TasklistOperations.allowed()).permitAll()
                        .anyRequest().hasAuthority(CAMUNDA_ADMIN))
                .build();
    }

    /** What only coordinators, chairs and admins read of letters: owners see their actions' findings in their tasks. */
    private static final String[] LETTERS_READ = {"/api/letters", "/api/letters/*", "/api/letters/*/original",
            "/api/letters/*/plan.xlsx"};

    @Bean
    @Order(3)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                    ProblemAccessDeniedHandler deniedHandler, ProcessEngine engine,
                                    CamundaBpmProperties camunda) throws Exception {
        return http
                // /engine-rest is Jersey: a plain pattern would be read as a Spring MVC path and miss it entirely
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                        .addHeaderWriter(reportPdfsFramedByOurPagesOnly()))
                .sessionManagement(SecurityConfiguration::leaveTheWebappSession)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(tasklistSession(engine, camunda, true), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/engine-rest/**")).hasAuthority(CAMUNDA_ADMIN)
                        .requestMatchers("/api/users/**").hasAuthority(CAMUNDA_ADMIN)
                        // every method, so a write to the trail is refused (403) or unknown (405), never accepted
                        .requestMatchers("/api/letters/*/audit/**").hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/letters", "/api/letters/extract",
                                "/api/letters/*/plan/cycles", "/api/letters/*/plan/import", "/api/letters/*/plan/import/preview")
                                .hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/api/letters/*").hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/letters/*/plan/actions/*/due-date", "/api/letters/*/plan/meetings")
                                .hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers("/api/reports/**").hasAnyAuthority(SCRUTINY_CHAIRS, COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers(HttpMethod.GET, LETTERS_READ).hasAnyAuthority(COORDINATORS, SCRUTINY_CHAIRS, CAMUNDA_ADMIN)
                        // HEAD runs the GET handler: it told an owner a letter's file name and whether an id exists
                        .requestMatchers(HttpMethod.HEAD, LETTERS_READ).hasAnyAuthority(COORDINATORS, SCRUTINY_CHAIRS, CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Camunda's webapps are an administrator's tool: anyone else opening one is sent to their own work at {@code /}
     * (someone not yet signed in to sign in first, and then back). The webapps' APIs have their own chains above.
     */
    @Bean
    @Order(4)
    SecurityFilterChain webappsForAdmins(HttpSecurity http, ProcessEngine engine, CamundaBpmProperties camunda)
            throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/camunda/app/**"), path("/camunda"), path("/camunda/")))
                .csrf(AbstractHttpConfigurer::disable) // nothing here is written to; the apps guard their own APIs
                .sessionManagement(SecurityConfiguration::leaveTheWebappSession)
                .addFilterBefore(tasklistSession(engine, camunda, false), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::signInFirst)
                        .accessDeniedHandler((request, response, denied) -> response.sendRedirect("/")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(CAMUNDA_ADMIN))
                .build();
    }

    /**
     * What our pages may load and run: their own scripts, styles, images and frames (a report's PDF) and nothing
     * inline, so text that ever slipped past the escaping into a page could run nothing; forms go only to us, and
     * only our pages may frame them. Camunda's webapps send their own policy.
     */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    /**
     * Scrutineer's own pages: signed in through {@code /login} into the one session the webapps also use, and
     * protected against cross-site forms by a token in each form (Spring Security's CSRF protection).
     */
    @Bean
    @Order(5)
    SecurityFilterChain pages(HttpSecurity http, ProcessEngine engine, CamundaBpmProperties camunda) throws Exception {
        return http
                // every address but the webapps' (the chains before take the APIs): an unknown one too, so its Page
                // not found has the sign-out form's token and the pages' headers, and nothing new is ever left open
                .securityMatcher(new NegatedRequestMatcher(path("/camunda/**")))
                // The person is read from the session on every request (TasklistSession), which Spring would take
                // for a fresh sign-in each time and give the session a new CSRF token: a page's form would then
                // fail once the page's own styles had loaded. The token is renewed at sign-in, with the session.
                .csrf(csrf -> csrf.sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        .ignoringRequestMatchers(path("/error"))) // it only shows a page, whatever the method
                // signing out is pages/SignInPage's (it ends the webapps' session too): Spring's own filter would
                // answer POST /logout before it, with a page that does not say the person has signed out
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY)))
                .sessionManagement(SecurityConfiguration::leaveTheWebappSession)
                .addFilterBefore(tasklistSession(engine, camunda, false), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::signInFirst)
                        .accessDeniedHandler(SecurityConfiguration::refusePage))
                .authorizeHttpRequests(auth -> auth
                        // the error page of any address, known or not: it says who is signed in, and nothing else
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(path("/login"), path("/assets/**"), path("/webjars/**"), path("/favicon.ico"),
                                path("/error")).permitAll()
                        .requestMatchers(path("/letters/new"), path("/letters/*/cycles"), path("/letters/*/meetings"),
                                path("/letters/*/actions/*/due-date"), path("/letters/*/withdraw"),
                                path("/outbox")).hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers(path("/letters/**"), path("/reports/**"))
                                .hasAnyAuthority(COORDINATORS, SCRUTINY_CHAIRS, CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * A report's page shows its PDF in the page, so the PDF may be framed by a page of this site; nothing else of the
     * API may be framed at all.
     */
    private static HeaderWriter reportPdfsFramedByOurPagesOnly() {
        RequestMatcher pdf = path("/api/reports/*/pdf");
        HeaderWriter sameOrigin = new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN);
        HeaderWriter deny = new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY);
        return (request, response) -> (pdf.matches(request) ? sameOrigin : deny).writeHeaders(request, response);
    }

    /**
     * A page refused, answered with the error page for its status. An upload too large to read carries no readable
     * CSRF token either: the person is told the file was too large (413), not that the page is not theirs.
     */
    private static void refusePage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (response.isCommitted()) {
            // a form cut off mid-body (the client gone): nobody is left to answer, and an ERROR a stranger could repeat
            return;
        }
        if (denied instanceof MissingCsrfTokenException && RequestUser.current().isEmpty()) {
            // the session the form came from has ended (timed out, signed out elsewhere): sign in again, not "not yours"
            response.sendRedirect("/login?expired&next=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            return;
        }
        response.sendError(denied instanceof CsrfException && tooLargeToRead(request)
                ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_FORBIDDEN);
    }

    /** A multipart body past the upload limits: the container could not read its parts (Servlet 6, Part 3.2). */
    private static boolean tooLargeToRead(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException tooLarge) {
            return true;
        } catch (IOException | ServletException unreadable) {
            return false;
        }
    }

    /** To the sign-in page, and back to where they were going once signed in. */
    private static void signInFirst(HttpServletRequest request, HttpServletResponse response,
                                    org.springframework.security.core.AuthenticationException e) throws IOException {
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /**
     * Before any security chain, so a page on another site gets nowhere, signing in included: our API, Camunda's REST
     * API and the webapps' APIs (which also check their own CSRF token).
     */
    @Bean
    FilterRegistrationBean<CrossSiteRefusal> crossSiteRefusal(ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new CrossSiteRefusal(json));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** Before Camunda's webapp filters, which would make a session for a script's Basic request to Tasklist's API. */
    @Bean
    FilterRegistrationBean<WebappApiBasicRefusal> webappApiBasicRefusal(ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new WebappApiBasicRefusal(json));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * The webapps' session is theirs: these chains read who is signed in from it on every request (TasklistSession),
     * so Spring keeps nothing in it and does not renew its id. A renewed id answers one request and leaves the
     * others the apps sent at the same time with a session that is gone, signed out.
     */
    private static void leaveTheWebappSession(SessionManagementConfigurer<HttpSecurity> session) {
        session.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(fixation -> fixation.none());
    }

    /** The webapps' session, looked up again after the time the webapps themselves trust it (null: never). */
    private static TasklistSession tasklistSession(ProcessEngine engine, CamundaBpmProperties camunda, boolean readsOnly) {
        var cache = camunda.getWebapp().getAuth().getCache();
        return new TasklistSession(engine.getName(), cache.isTtlEnabled() ? cache.getTimeToLive() : null, readsOnly);
    }

    /** A path as the browser sends it, whichever servlet serves it (the webapps' APIs are Jersey, not Spring MVC). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
