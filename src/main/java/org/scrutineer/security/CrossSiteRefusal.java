package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request that changes something when a browser says it comes from another site. Browsers keep HTTP Basic
 * credentials and the webapps' session cookie and send them with whatever a page elsewhere makes them send, so
 * without this a page on another site could post to our API as whoever last signed in. Scripts (curl) send no
 * {@code Origin} and are let through; reads are let through too (another site cannot read the answer).
 * <p>
 * {@code Sec-Fetch-Site}, where the browser sends it, decides ({@code same-origin} or {@code none}: a person typed
 * it), since the browser works it out whatever a proxy in front rewrites; otherwise {@code Origin} must name this
 * server as it sees itself (behind a TLS proxy: from {@code X-Forwarded-*}, {@code server.forward-headers-strategy}).
 */
class CrossSiteRefusal extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ObjectMapper json;

    CrossSiteRefusal(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "A page on another site"
                    + " may not make your browser change anything here: " + request.getMethod() + " refused.");
            problem.setTitle("Cross-site request refused");
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, problem, json);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null": a sandboxed page, a file, a redirect across sites
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(scheme, uri.getPort()) == port(request.getScheme().toLowerCase(Locale.ROOT), request.getServerPort());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }
}
