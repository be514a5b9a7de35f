package jp.member.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import jp.member.web.failure.Failures;

/**
 * Refuses requests no client of this application sends: a URI (path and query) longer than {@value #URI_MAX} characters (414) and
 * headers of more than {@value #HEADERS_MAX} bytes in all (431). The HTTP listener takes up to 32 kB (see
 * config/micro/preboot.asadmin) so that such requests reach this filter and get the application's answer — a problem
 * document on the API — instead of the listener's empty 400. (The API's authentication runs before any filter, so an
 * oversized API request has had its credentials checked by then; the check reads no body.)
 */
public class RequestLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int URI_MAX = 4096;
    static final int HEADERS_MAX = 8192;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (uriLength(request) > URI_MAX) {
            Failures.refuse(request, response, 414);
        } else if (headerBytes(request) > HEADERS_MAX) {
            Failures.refuse(request, response, 431);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request target as sent: the path and the query string. */
    static int uriLength(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().length() + (query == null ? 0 : 1 + query.length());
    }

    /** Names and values as sent, with ": " and CRLF for each line. */
    private static long headerBytes(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + 2 + value.length() + 2;
            }
        }
        return bytes;
    }
}
