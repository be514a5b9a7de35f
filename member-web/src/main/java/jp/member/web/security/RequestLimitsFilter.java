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
 * Refuses requests no client of this application sends: a URI longer than {@value #URI_MAX} characters (414) and
 * headers of more than {@value #HEADERS_MAX} bytes in all (431). The HTTP listener takes up to 32 kB (see
 * config/micro/preboot.asadmin) so that such requests reach this filter and get the application's answer — a problem
 * document on the API — instead of the listener's empty 400.
 */
public class RequestLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int URI_MAX = 4096;
    static final int HEADERS_MAX = 8192;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().length() > URI_MAX) {
            Failures.refuse(request, response, 414);
        } else if (headerBytes(request) > HEADERS_MAX) {
            Failures.refuse(request, response, 431);
        } else {
            chain.doFilter(request, response);
        }
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
