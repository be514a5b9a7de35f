package jp.member.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import jp.member.shared.Settings;

/**
 * The session cookie as the deployment is served. Over HTTPS — production, directly or behind a TLS proxy; the
 * default unless {@code member.https=false} or demo mode — it is {@code __Host-member}: Secure, Path=/, no Domain
 * (the browser refuses such a cookie from anywhere but this host over HTTPS, so it can be neither planted by a
 * sibling subdomain nor sent in clear; ASVS 3.3.1, 3.3.3), and responses carry HSTS ({@link SecurityHeaders}). Over
 * plain HTTP (demo mode on this machine, the integration tests) it is {@code member-session}, not Secure. Both are
 * HttpOnly and SameSite=Strict (web.xml, glassfish-web.xml, and {@link SameSiteSessionCookieFilter} where the
 * container applies neither).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    static final String SECURE_NAME = "__Host-member";
    static final String PLAIN_NAME = "member-session";
    /** The session cookie's SameSite, as web.xml and glassfish-web.xml declare it. */
    static final String SAME_SITE = "Strict";

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = servedOverHttps(settings);
        configure(event.getServletContext().getSessionCookieConfig(), https);
        SecurityHeaders.servedOverHttps(https);
    }

    static void configure(SessionCookieConfig cookie, boolean https) {
        cookie.setName(https ? SECURE_NAME : PLAIN_NAME);
        cookie.setSecure(https);
        cookie.setHttpOnly(true);
        if (https) {
            cookie.setPath("/");
        }
    }

    /** {@code member.https}, by default true except in demo mode. */
    static boolean servedOverHttps(Settings settings) {
        return settings.value("member.https")
                .map(v -> Boolean.parseBoolean(v.strip()))
                .orElse(!settings.isDemo());
    }
}
