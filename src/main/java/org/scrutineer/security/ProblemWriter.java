package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/** Security answers before MVC runs, so it writes its problems itself. */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem, ObjectMapper json)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
