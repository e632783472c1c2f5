package org.scrutineer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Holds every request body to the upload limit ({@code spring.servlet.multipart.max-request-size}), so that a pasted
 * letter or a task's form is bounded as an uploaded file is. Tomcat bounds only multipart and form bodies: a JSON body
 * of any size would otherwise be read, and Jackson keeps strings of up to 20 million characters. A body that declares
 * its length is refused before it is read; one sent without a length stops being read where it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    RequestSizeLimit(MultipartProperties multipart, ObjectMapper json) {
        this.maxBytes = multipart.getMaxRequestSize().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (maxBytes >= 0 && length > maxBytes && !ApiPaths.contains(request)) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value()); // a browser's form: the error page says it
            return;
        }
        if (maxBytes >= 0 && length > maxBytes) {
            ProblemWriter.write(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(maxBytes), json);
            return;
        }
        chain.doFilter(maxBytes >= 0 && length < 0 ? new Bounded(request, maxBytes) : request, response);
    }

    /** The refusal, from this filter or from {@link ProblemAdvice} when a {@link BodyTooLarge} stops the reading. */
    static ProblemDetail tooLarge(long maxBytes) {
        return ProblemAdvice.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                "The request body is larger than " + megabytes(maxBytes) + ", the most we accept.");
    }

    private static String megabytes(long bytes) {
        long megabyte = 1024 * 1024;
        return bytes % megabyte == 0 ? bytes / megabyte + " MB" : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** Thrown while a body sent without a length is read, once it passes the limit. */
    static final class BodyTooLarge extends IOException {
        final long maxBytes;

        BodyTooLarge(long maxBytes) {
            super("request body larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    /** A request whose body can be read only up to the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream body;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Counted(super.getInputStream(), maxBytes);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        Counted(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
