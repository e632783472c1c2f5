package org.scrutineer.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import static org.scrutineer.security.Groups.CAMUNDA_ADMIN;
import static org.scrutineer.security.Groups.COORDINATORS;
import static org.scrutineer.security.Groups.SCRUTINY_CHAIRS;

/**
 * HTTP Basic for our API and for Camunda's REST API. The Camunda webapps under /camunda keep their own
 * session login (against the same identity service) and CSRF protection, so this chain leaves them alone.
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
                .securityMatcher("/camunda/api/admin/setup/**")
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                    ProblemAccessDeniedHandler deniedHandler, ProcessEngine engine) throws Exception {
        return http
                .securityMatcher("/api/**", "/engine-rest/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new TasklistSession(engine.getName()), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/engine-rest/**").hasAuthority(CAMUNDA_ADMIN)
                        // every method, so a write to the trail is refused (403) or unknown (405), never accepted
                        .requestMatchers("/api/letters/*/audit/**").hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/letters", "/api/letters/extract",
                                "/api/letters/*/plan/cycles").hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/letters/*/plan/actions/*/due-date")
                                .hasAnyAuthority(COORDINATORS, CAMUNDA_ADMIN)
                        .requestMatchers("/api/reports/**").hasAnyAuthority(SCRUTINY_CHAIRS, COORDINATORS, CAMUNDA_ADMIN)
                        // a letter and its original are for coordinators and chairs; owners see their actions' findings in their tasks
                        .requestMatchers(HttpMethod.GET, "/api/letters", "/api/letters/*", "/api/letters/*/original")
                                .hasAnyAuthority(COORDINATORS, SCRUTINY_CHAIRS, CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .build();
    }
}
