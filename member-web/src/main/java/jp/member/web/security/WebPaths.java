package jp.member.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** The few paths the security mechanism needs to know. */
final class WebPaths {

    static final String LOGIN = "/login.xhtml";
    static final String CHANGE_PASSWORD = "/account/password.xhtml";
    static final String SECOND_FACTOR = "/account/second-factor.xhtml";
    static final String API_PREFIX = "/api/";
    /** Starts a sign-in at the company's OpenID provider (a link on the sign-in page). */
    static final String OPENID_START = "/sign-in/openid";
    /** Where the provider sends the browser back (the {@code member.oidc.callback} address ends with it). */
    static final String OPENID_CALLBACK = "/sign-in/openid/callback";

    private WebPaths() {}

    /** The request path inside the application, without the context path. */
    static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isApi(HttpServletRequest request) {
        return of(request).startsWith(API_PREFIX);
    }

    static boolean isFacesResource(HttpServletRequest request) {
        return of(request).startsWith("/jakarta.faces.resource/");
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }
}
