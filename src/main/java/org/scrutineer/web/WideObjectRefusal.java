package org.scrutineer.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

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
        // after the size limit, so the body read here is a bounded one, and the sign-in, so it is a signed-in
        // person's; before Camunda's doors read it whole
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    static final class Filter extends JsonBodyCheck {

        private final JsonFactory streaming = new JsonFactory();

        Filter(ObjectMapper json) {
            super(json, BodyBudget.OF_THE_HEAP);
        }

        @Override
        String refusal(byte[] body) {
            return widest(body) > MAX_FIELDS ? "The request's JSON has an object of more than "
                    + String.format("%,d", MAX_FIELDS) + " fields; no form has so many." : null;
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
