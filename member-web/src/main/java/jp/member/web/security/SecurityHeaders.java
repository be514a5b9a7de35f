package jp.member.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries (OWASP ASVS 3.4, 14.3.2). Applied by {@link SecurityHeadersFilter}
 * and, for the responses the authentication mechanism writes itself before any filter runs, by the mechanism.
 */
final class SecurityHeaders {

    /** For responses PrimeFaces does not render (API, redirects, static files): nothing may run or frame them. */
    static final String LOCKED_DOWN_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none';" + " form-action 'none'";

    /** Whether the deployment is served over HTTPS (set once at start-up by {@link SessionCookies}). */
    private static volatile boolean https;

    private SecurityHeaders() {}

    static void servedOverHttps(boolean servedOverHttps) {
        https = servedOverHttps;
    }

    /** For a response the application writes itself, never a Faces page (redirects, API errors). */
    static void applyToOwnResponse(HttpServletRequest request, HttpServletResponse response) {
        apply(request, response);
        response.setHeader("Content-Security-Policy", LOCKED_DOWN_POLICY);
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // also behind a TLS proxy, where this request arrived in plain HTTP (a browser ignores HSTS over HTTP anyway)
        if (https || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (WebPaths.isFacesResource(request)) {
            response.setHeader("Cache-Control", "private, max-age=86400");
        } else {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        // Faces pages get their policy, with a per-request script nonce, from PrimeFaces (see web.xml).
        if (!WebPaths.of(request).endsWith(".xhtml") || WebPaths.isFacesResource(request)) {
            response.setHeader("Content-Security-Policy", LOCKED_DOWN_POLICY);
        }
    }
}
