package org.scrutineer.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A JSON body with an object of more than {@value #MAX_FIELDS} fields is refused (400) before anything reads it into
 * a map: no form of ours has more than a few dozen, and a completion sending a million keys kept 600 MB of heap and a
 * core busy for ten seconds per request just to be told which keys it may not send. Counted by streaming, so the
 * refusal costs a pass over the bytes and no more. Arrays are not counted: a plan's 500 actions are an array.
 */
@Configuration(proxyBeanMethods = false)
class WideObjectRefusal {

    static final int MAX_FIELDS = 1_000;

    @Bean
    FilterRegistrationBean<Filter> wideObjectRefusalFilter(ObjectMapper json) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(json));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        // after the size limit, so the body read here is a bounded one; before Camunda's doors read it whole
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ObjectMapper json;
        private final JsonFactory streaming = new JsonFactory();

        Filter(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !List.of("POST", "PUT", "PATCH").contains(request.getMethod())
                    || request.getContentType() == null || !request.getContentType().contains("json");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] body;
            try {
                body = request.getInputStream().readAllBytes();
            } catch (RequestSizeLimit.BodyTooLarge tooLarge) {
                // a body sent without its length, past the limit as it streams in
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), RequestSizeLimit.tooLarge(tooLarge.maxBytes));
                return;
            }
            if (widest(body) > MAX_FIELDS) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), ProblemAdvice.problem(HttpStatus.BAD_REQUEST,
                        "Invalid request", "The request's JSON has an object of more than " + String.format("%,d",
                                MAX_FIELDS) + " fields; no form has so many."));
                return;
            }
            chain.doFilter(new ReplayedRequest(request, body), response);
        }

        /** The most fields any one object has, counting stops once past the limit; malformed JSON is left to the door. */
        private int widest(byte[] body) {
            Deque<int[]> open = new ArrayDeque<>();
            try (JsonParser parser = streaming.createParser(body)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.START_OBJECT) {
                        open.push(new int[1]);
                    } else if (token == JsonToken.END_OBJECT && !open.isEmpty()) {
                        open.pop();
                    } else if (token == JsonToken.FIELD_NAME && !open.isEmpty() && ++open.peek()[0] > MAX_FIELDS) {
                        return open.peek()[0];
                    }
                }
            } catch (IOException malformed) {
                return 0;
            }
            return 0;
        }
    }
}
