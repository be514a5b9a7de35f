package jp.member.web.failure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The outermost filter (first in web.xml): an exception that escapes everything inside — a filter, a servlet, Faces
 * outside its lifecycle — is answered by {@link Failures} instead of reaching the container, which would log its
 * stack trace with its message.
 */
public class FailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Failures.respond(request, response, e);
        }
    }
}
