package org.scrutineer.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/** The paths of the APIs, ours and Camunda's: they answer with problem documents, whoever asks; the rest are pages. */
public final class ApiPaths {

    private static final List<String> PREFIXES = List.of("/api/", "/engine-rest/", "/camunda/api/");

    private ApiPaths() {
    }

    /** Whether a path (without the context path) is an API's. */
    public static boolean contains(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Whether a request is to an API. */
    public static boolean contains(HttpServletRequest request) {
        return contains(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
