package org.scrutineer.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations of the webapps' engine API ({@code /camunda/api/engine}) that Tasklist's own pages call, recorded
 * from Tasklist driven in a browser by an owner and a coordinator: its filters and their tasks, a task with its form,
 * variables, diagram, history and comments, claiming, completing and commenting on it, and the person's own
 * profile and password. Whoever is not an administrator may call these and nothing else of the engine's API
 * (deployments, migrations, batches, jobs, external tasks, messages, process instances, people): the rest is refused
 * at the door, before the engine reads the request. What an allowed operation may do is still checked behind it, by
 * the engine's authorizations and by the door guard (whose task, which fields, which decision).
 */
final class TasklistOperations {

    private static final String ENGINE = "/camunda/api/engine/engine/*";

    private TasklistOperations() {
    }

    /** The engines' names, which Tasklist asks for before anyone signs in. */
    static RequestMatcher engineNames() {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/camunda/api/engine/engine/");
    }

    static RequestMatcher allowed() {
        List<RequestMatcher> allowed = new ArrayList<>();
        reads(allowed, "/filter", "/filter/count", "/filter/*", "/filter/*/list", "/filter/*/count",
                "/task", "/task/count", "/task/*", "/task/*/form", "/task/*/deployed-form", "/task/*/rendered-form",
                "/task/*/form-variables", "/task/*/variables", "/task/*/variables/*", "/task/*/identity-links",
                "/task/*/comment", "/task/*/comment/*",
                "/history/user-operation", "/history/user-operation/count",
                "/process-definition/*", "/process-definition/*/xml", "/user/*/profile");
        // the task lists are queries sent as JSON; the filters' OPTIONS say what the person may do with them
        matchers(allowed, HttpMethod.POST, "/filter/*/list", "/filter/*/count", "/task", "/task/count");
        matchers(allowed, HttpMethod.OPTIONS, "/filter", "/filter/*");
        matchers(allowed, HttpMethod.POST, "/task/*/claim", "/task/*/unclaim", "/task/*/assignee", "/task/*/complete",
                "/task/*/submit-form", "/task/*/comment/create");
        // one's own password (the engine refuses anyone else's without the admin's rights)
        matchers(allowed, HttpMethod.PUT, "/user/*/credentials");
        return new OrRequestMatcher(allowed);
    }

    private static void reads(List<RequestMatcher> into, String... paths) {
        matchers(into, HttpMethod.GET, paths);
        matchers(into, HttpMethod.HEAD, paths);
    }

    private static void matchers(List<RequestMatcher> into, HttpMethod method, String... paths) {
        for (String path : paths) {
            into.add(PathPatternRequestMatcher.withDefaults().matcher(method, ENGINE + path));
        }
    }
}
