package org.scrutineer.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone signed in whom Camunda refuses one of its webapps is told why and what to do, on a short page: the
 * webapps refuse an app's page with a bare 403, which Spring Boot would show as its Whitelabel error page.
 * Cockpit and Admin are for administrators, and the page says where the person's tasks are; Tasklist is refused
 * to someone in no group that works in it, whom only an administrator can add to one.
 */
@Component
class WebappRefusalPage implements ErrorViewResolver {

    static final String TASKLIST = "/camunda/app/tasklist/";

    /** Camunda's pages for an app are /camunda/app/{app}/{engine}/...; its 403 there means the app is not theirs. */
    private static final Pattern APP_PAGE = Pattern.compile("/camunda/app/([a-z]+)/.*");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
            </head>
            <body>
            <h1>%1$s</h1>
            %2$s</body>
            </html>
            """;

    private static final String ADMIN_APPS = PAGE.formatted("Cockpit and Admin are for administrators", """
            <p>You are signed in, but these apps are open only to the camunda-admin group.</p>
            <p>Your tasks are in <a href="%s">Tasklist</a>.</p>
            <p>If your work needs Cockpit or Admin, ask an administrator.</p>
            """.formatted(TASKLIST));

    private static final String NO_TASKLIST = PAGE.formatted("You have no access to Tasklist yet", """
            <p>You are signed in, but you are in none of the groups that work in Tasklist.</p>
            <p>Ask an administrator to add you to a group.</p>
            """);

    private static final Map<String, String> PAGES = Map.of("cockpit", ADMIN_APPS, "admin", ADMIN_APPS,
            "tasklist", NO_TASKLIST);

    /** The app's page, for Camunda's refusal of one of its pages; {@literal null} (not ours) for any other error. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Matcher app = APP_PAGE.matcher(uri instanceof String path ? path : "");
        String page = status == HttpStatus.FORBIDDEN && app.matches() ? PAGES.get(app.group(1)) : null;
        return page == null ? null : new ModelAndView(new Page(page)); // the error controller has set the status
    }

    private record Page(String html) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setContentType(getContentType());
            response.getWriter().write(html);
        }
    }
}
