package jp.member.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie carries {@code SameSite=Strict} on every server. Payara applies it from glassfish-web.xml's
 * {@code cookieSameSite}; GlassFish 7 applies neither that nor web.xml's Servlet 6 cookie attribute and sends the
 * cookie without SameSite. This adds the attribute to the container's {@code Set-Cookie} for the session cookie when
 * the container left it out, and leaves every other cookie, and one that already has a SameSite, alone.
 *
 * <p>The container writes the session cookie into the response headers when the session is created or its id changes
 * (at sign-in, inside the authentication mechanism, before this filter, or inside the chain), and headers can only
 * change until the response is committed: so the headers are mended on the way in, just before each call that
 * commits (redirect, error, flush, the body's stream), and on the way out. It is the first filter in web.xml, so that
 * the responses of every other filter (the error page, refusals) pass through it too.
 */
public class SameSiteSessionCookieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SET_COOKIE = "Set-Cookie";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        SameSiteResponse mended = new SameSiteResponse(response, name == null ? "JSESSIONID" : name);
        mended.mend();
        chain.doFilter(request, mended);
        mended.mend();
    }

    /** Adds {@code SameSite=Strict} to the named cookie's {@code Set-Cookie} headers that have no SameSite. */
    static void mend(HttpServletResponse response, String cookieName) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = List.copyOf(response.getHeaders(SET_COOKIE));
        if (cookies.stream().noneMatch(cookie -> lacksSameSite(cookie, cookieName))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String value =
                    lacksSameSite(cookie, cookieName) ? cookie + "; SameSite=" + SessionCookies.SAME_SITE : cookie;
            if (i == 0) {
                response.setHeader(SET_COOKIE, value);
            } else {
                response.addHeader(SET_COOKIE, value);
            }
        }
    }

    private static boolean lacksSameSite(String setCookie, String cookieName) {
        return setCookie.startsWith(cookieName + "=")
                && !setCookie.toLowerCase(Locale.ROOT).contains("samesite=");
    }

    /** Mends the headers before each call after which they can no longer change. */
    static final class SameSiteResponse extends HttpServletResponseWrapper {

        private final String cookieName;

        SameSiteResponse(HttpServletResponse response, String cookieName) {
            super(response);
            this.cookieName = cookieName;
        }

        void mend() {
            SameSiteSessionCookieFilter.mend((HttpServletResponse) getResponse(), cookieName);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            mend();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status) throws IOException {
            mend();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            mend();
            super.sendError(status, message);
        }

        @Override
        public void flushBuffer() throws IOException {
            mend();
            super.flushBuffer();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            mend();
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            mend();
            return super.getOutputStream();
        }
    }
}
