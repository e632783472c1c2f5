package org.scrutineer.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list the webapps ask of their engine API without {@code maxResults} is asked for up to the engine's query limit
 * ({@code queryMaxResultsLimit}): the limit refuses an unbounded query by a signed-in person, and Cockpit asks for a
 * process's versions unbounded, so its process page got two 400s and its list of versions never loaded.
 */
@Configuration(proxyBeanMethods = false)
class UnboundWebappLists {

    static final String MAX_RESULTS = "maxResults";

    @Bean
    FilterRegistrationBean<Bounding> unboundWebappListsFilter(ProcessEngine engine) {
        int limit = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getQueryMaxResultsLimit();
        FilterRegistrationBean<Bounding> registration = new FilterRegistrationBean<>(new Bounding(limit));
        registration.addUrlPatterns("/camunda/api/engine/*");
        return registration;
    }

    static final class Bounding extends OncePerRequestFilter {

        private final String limit;

        Bounding(int limit) {
            this.limit = String.valueOf(limit);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || request.getParameter(MAX_RESULTS) != null
                    || limit.equals(String.valueOf(Integer.MAX_VALUE));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new Bounded(request, limit), response);
        }
    }

    /** The request with {@code maxResults} added, as Jersey (its query string) and a filter (its parameters) read it. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final String limit;

        Bounded(HttpServletRequest request, String limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + limit;
        }

        @Override
        public String getParameter(String name) {
            return MAX_RESULTS.equals(name) ? limit : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(MAX_RESULTS, new String[]{limit});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return MAX_RESULTS.equals(name) ? new String[]{limit} : super.getParameterValues(name);
        }
    }
}
