package jp.member.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import jp.member.shared.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS defaults (production): the integration tests run over plain HTTP, so the session cookie's prefix and
 * Secure flag and HSTS are proven here, on the same code the container calls at start-up.
 */
class SessionCookiesTest {

    @AfterEach
    void plainAgain() {
        System.clearProperty("member.https");
        System.clearProperty("member.mode");
        SecurityHeaders.servedOverHttps(false);
    }

    @Test
    @DisplayName(
            "production serves over HTTPS by default: the session cookie is __Host-member, Secure, Path=/, HttpOnly")
    void productionCookie() {
        Map<String, Object> cookie = new HashMap<>();

        SessionCookies.configure(
                fake(SessionCookieConfig.class, cookie), SessionCookies.servedOverHttps(new Settings()));

        assertThat(cookie)
                .containsEntry("setName", "__Host-member")
                .containsEntry("setSecure", true)
                .containsEntry("setPath", "/")
                .containsEntry("setHttpOnly", true)
                .doesNotContainKey("setDomain");
    }

    @Test
    @DisplayName("demo mode, or member.https=false, serves over plain HTTP: member-session, not Secure")
    void plainHttpCookie() {
        System.setProperty("member.mode", "demo");
        Map<String, Object> demo = new HashMap<>();
        SessionCookies.configure(fake(SessionCookieConfig.class, demo), SessionCookies.servedOverHttps(new Settings()));
        System.clearProperty("member.mode");
        System.setProperty("member.https", "false");
        Map<String, Object> plain = new HashMap<>();
        SessionCookies.configure(
                fake(SessionCookieConfig.class, plain), SessionCookies.servedOverHttps(new Settings()));

        for (Map<String, Object> cookie : java.util.List.of(demo, plain)) {
            assertThat(cookie).containsEntry("setName", "member-session").containsEntry("setSecure", false);
        }
    }

    @Test
    @DisplayName(
            "served over HTTPS, every response carries HSTS for a year with subdomains, also one that came in plain from the TLS proxy")
    void strictTransportSecurity() {
        Map<String, Object> plainResponse = new HashMap<>();
        SecurityHeaders.apply(request(false), fake(HttpServletResponse.class, plainResponse));
        SecurityHeaders.servedOverHttps(true);
        Map<String, Object> httpsResponse = new HashMap<>();
        SecurityHeaders.apply(request(false), fake(HttpServletResponse.class, httpsResponse));

        assertThat(plainResponse).doesNotContainKey("setHeader:Strict-Transport-Security");
        assertThat(httpsResponse)
                .containsEntry("setHeader:Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .containsEntry("setHeader:X-Frame-Options", "DENY");
    }

    private static HttpServletRequest request(boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SessionCookiesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getRequestURI" -> "/login.xhtml";
                    case "getContextPath" -> "";
                    default -> null;
                });
    }

    /** A stand-in that records each setter call (setHeader by header name) and answers nothing. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Object> calls) {
        return (T)
                Proxy.newProxyInstance(SessionCookiesTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                    if (m.getName().equals("setHeader")) {
                        calls.put("setHeader:" + a[0], a[1]);
                    } else if (m.getName().startsWith("set") && a != null && a.length == 1) {
                        calls.put(m.getName(), a[0]);
                    }
                    return m.getReturnType() == boolean.class ? false : null;
                });
    }
}
