package org.scrutineer.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every error leaves as an RFC 9457 problem that says what was wrong. Spring MVC's own failures (bad JSON,
 * wrong media type, missing part) are handled by the base class; ours are mapped here.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemAdvice.class);

    /** How much of a refused value a problem quotes back. */
    private static final int QUOTED_VALUE_CHARS = 100;

    private final StreamReadConstraints jsonLimits;

    /** The start of Tomcat's message when a part's headers pass {@code server.tomcat.max-part-header-size}. */
    private static final String PART_HEADERS_TOO_LARGE = "Header section has more than";

    private final DataSize maxPartHeaderSize;

    ProblemAdvice(ObjectMapper json, ServerProperties server) {
        this.jsonLimits = json.getFactory().streamReadConstraints();
        this.maxPartHeaderSize = server.getTomcat().getMaxPartHeaderSize();
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        e.current().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(UnsupportedFormat.class)
    ProblemDetail unsupportedFormat(UnsupportedFormat e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported format", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Changed meanwhile",
                "Someone else changed this at the same time; reload it and try again.");
    }

    /** The engine's own lost race (a letter withdrawn while its last acceptance commits): as any other, 409. */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    ProblemDetail engineConcurrentChange(RuntimeException e) {
        return concurrentChange(null);
    }

    /**
     * An upload the container cannot take apart (a file name with a NUL byte in it): the sender's mistake, 400, as
     * a page to a browser. Too large is Spring's own {@code MaxUploadSizeExceededException}, answered 413 apart.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (wantsPage(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return null;
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The upload could not be read as a form with a file:"
                + " check the file's name has no control characters, and send it again.");
    }

    /**
     * Tomcat's refusal of a part whose headers pass {@code server.tomcat.max-part-header-size} ("Header section has
     * more than 4096 bytes") reaches Spring as a size limit exceeded, and was answered "Maximum upload size exceeded",
     * as if the file were too large; the true reason is a 400 here, any other too large upload the base class's 413.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(PART_HEADERS_TOO_LARGE)) {
                return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Part headers too large",
                        "The headers of a part of the upload are too large: a part's headers, its file name among them,"
                                + " may run to " + partHeaderLimit() + "; give the file a shorter name and send it again."));
            }
        }
        return super.handleMaxUploadSizeExceededException(e, headers, status, request);
    }

    private String partHeaderLimit() {
        long bytes = maxPartHeaderSize.toBytes();
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** The last resort: still a problem document, without internals; the log has the stack trace. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing you sent was kept. The log has the details.");
    }

    /**
     * An address that leads nowhere: a browser opening a page is given the error page (the container's error
     * dispatch renders it, see pages/ErrorPages); the APIs, and anything not asking for HTML, the problem.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest web && web.getResponse() != null && wantsPage(web.getRequest())) {
            try {
                web.getResponse().sendError(HttpStatus.NOT_FOUND.value());
                return null;
            } catch (IOException | IllegalStateException answered) {
                // already answered or the client has gone: the problem, as for a script
            }
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !ApiPaths.contains(request);
    }

    /** Names the JSON field at fault, or the limit the body passed, instead of echoing Jackson's internals. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOf(e, RequestSizeLimit.BodyTooLarge.class) instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RequestSizeLimit.tooLarge(tooLarge.maxBytes));
        }
        if (causeOf(e, StreamConstraintsException.class) instanceof StreamConstraintsException limit) {
            return beyondJsonLimits(limit);
        }
        String detail = "The request body is not valid JSON of the expected shape.";
        if (causeOf(e, JsonParseException.class) instanceof JsonParseException parse
                && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")) {
            // Jackson's STRICT_DUPLICATE_DETECTION: "Duplicate field 'x'"
            detail = "The request body gives a field twice (" + parse.getOriginalMessage().substring(16)
                    + "); give each field once.";
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = mismatch instanceof InvalidFormatException invalid
                    ? "Field '" + field + "' cannot take the value '" + shortened(invalid.getValue()) + "'."
                    : "Field '" + field + "' has the wrong type.";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail));
    }

    /** A refused value as the problem quotes it: enough to recognise, not the whole of a 30,000-character one. */
    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTED_VALUE_CHARS ? text : text.substring(0, QUOTED_VALUE_CHARS) + "…";
    }

    /**
     * Jackson stops reading at values nested too deep or too long. Which limit was passed it says only in its
     * message, so that is where this looks; a value too long is refused as too large, like a body too large.
     */
    private ResponseEntity<Object> beyondJsonLimits(StreamConstraintsException e) {
        if (String.valueOf(e.getMessage()).startsWith("Document nesting depth")) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                    String.format(Locale.ROOT, "The request body nests values more than %,d deep, more than we read.",
                            jsonLimits.getMaxNestingDepth())));
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "Request too large", String.format(Locale.ROOT, "A value in the request body is longer than we read:"
                        + " text may be at most %,d characters, a number %,d digits.",
                        jsonLimits.getMaxStringLength(), jsonLimits.getMaxNumberLength())));
    }

    private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
