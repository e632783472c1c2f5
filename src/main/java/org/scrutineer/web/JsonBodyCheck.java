package org.scrutineer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * A check of a JSON body sent to write, made before a door reads it: the body is read once (past the size limit as
 * it streams in, 413), refused with a 400 problem when {@link #refusal} says why, else served again to what comes
 * after. It runs after the sign-in, and reads only a signed-in person's body: every door refuses a stranger without
 * reading theirs, and reading strangers' bodies here first let anyone fill the heap with them. The bodies held at
 * once are bounded too ({@link BodyBudget}, 503 past it); a second check reads the first one's copy.
 */
abstract class JsonBodyCheck extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final BodyBudget budget;

    JsonBodyCheck(ObjectMapper json, BodyBudget budget) {
        this.json = json;
        this.budget = budget;
    }

    /** Why the body is refused, in a sentence; {@literal null} to let it through. */
    abstract String refusal(byte[] body);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !List.of("POST", "PUT", "PATCH").contains(request.getMethod())
                || request.getContentType() == null || !request.getContentType().contains("json") || RequestUser.current().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ReplayedRequest read = replayed(request);
        if (read != null) {
            if (refused(read.body(), response)) {
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        BodyBudget.Held body;
        try {
            body = budget.read(request.getInputStream(), request.getContentLengthLong());
        } catch (RequestSizeLimit.BodyTooLarge tooLarge) {
            // a body sent without its length, past the limit as it streams in
            ProblemWriter.write(response, HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimit.tooLarge(tooLarge.maxBytes), json);
            return;
        } catch (BodyBudget.Spent spent) {
            response.setHeader("Retry-After", "1");
            ProblemWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE, ProblemAdvice.problem(
                    HttpStatus.SERVICE_UNAVAILABLE, "Busy", "The server is reading as many requests as it may at once;"
                            + " nothing you sent was kept. Send it again in a moment."), json);
            return;
        }
        try (body) {
            if (!refused(body.bytes, response)) {
                chain.doFilter(new ReplayedRequest(request, body.bytes), response);
            }
        }
    }

    private boolean refused(byte[] body, HttpServletResponse response) throws IOException {
        String refusal = refusal(body);
        if (refusal != null) {
            ProblemWriter.write(response, HttpStatus.BAD_REQUEST,
                    ProblemAdvice.problem(HttpStatus.BAD_REQUEST, "Invalid request", refusal), json);
        }
        return refusal != null;
    }

    /** The body an earlier check read, when this request wraps it. */
    private static ReplayedRequest replayed(ServletRequest request) {
        for (ServletRequest r = request; r instanceof HttpServletRequestWrapper wrapper; r = wrapper.getRequest()) {
            if (r instanceof ReplayedRequest replayed) {
                return replayed;
            }
        }
        return null;
    }
}
