package org.scrutineer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query parameter of our API given twice ({@code ?size=2&size=3}) is a 400 naming it: Spring reads the first of
 * them, so a client that meant the second would be answered about something it did not ask. No parameter of ours takes
 * several values. Pages are left alone: a page's filters may send a parameter per ticked box.
 */
@Configuration(proxyBeanMethods = false)
class RepeatedParameterRefusal implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                List<BadRequest.FieldError> repeated = repeated(request.getQueryString());
                if (!repeated.isEmpty()) {
                    throw new BadRequest("Give each query parameter once.", repeated);
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    /** Each parameter the query names more than once, in the order they first appear. */
    static List<BadRequest.FieldError> repeated(String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                counts.merge(name(pair), 1, Integer::sum);
            }
        }
        List<BadRequest.FieldError> errors = new ArrayList<>();
        counts.forEach((name, count) -> {
            if (count > 1) {
                errors.add(new BadRequest.FieldError(name, "is given " + count + " times: give it once"));
            }
        });
        return errors;
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name; // a broken escape: Tomcat refuses the request before it gets here; compared as written
        }
    }
}
