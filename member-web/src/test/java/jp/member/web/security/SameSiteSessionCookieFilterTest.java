package jp.member.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What GlassFish 7 sends (a session cookie without SameSite) and what Payara sends (with it), mended or left. */
class SameSiteSessionCookieFilterTest {

    private static final String SESSION = "member-session";

    @Test
    @DisplayName("the container's session cookie without SameSite gets SameSite=Strict; other cookies stay as they are")
    void addsSameSiteToTheSessionCookieOnly() {
        var headers = new ArrayList<>(List.of(
                "primefaces.download=true; Path=/", SESSION + "=abc; Path=/; HttpOnly", "other-session=x; Path=/"));

        SameSiteSessionCookieFilter.mend(response(headers, false), SESSION);

        assertThat(headers)
                .containsExactly(
                        "primefaces.download=true; Path=/",
                        SESSION + "=abc; Path=/; HttpOnly; SameSite=Strict",
                        "other-session=x; Path=/");
    }

    @Test
    @DisplayName(
            "a session cookie that already has a SameSite (Payara) is left alone, and mending twice changes nothing")
    void leavesACookieWithSameSite() {
        var payara = new ArrayList<>(List.of(SESSION + "=abc; Path=/; HttpOnly; SameSite=Strict"));
        var glassFish = new ArrayList<>(List.of(SESSION + "=abc; Path=/; HttpOnly"));

        SameSiteSessionCookieFilter.mend(response(payara, false), SESSION);
        SameSiteSessionCookieFilter.mend(response(glassFish, false), SESSION);
        SameSiteSessionCookieFilter.mend(response(glassFish, false), SESSION);

        assertThat(payara).containsExactly(SESSION + "=abc; Path=/; HttpOnly; SameSite=Strict");
        assertThat(glassFish).containsExactly(SESSION + "=abc; Path=/; HttpOnly; SameSite=Strict");
    }

    @Test
    @DisplayName("a session created in the chain before a redirect (the sign-in) is mended before the redirect commits")
    void mendsBeforeARedirect() throws Exception {
        var headers = new ArrayList<String>();
        var response = new SameSiteSessionCookieFilter.SameSiteResponse(response(headers, false), SESSION);

        headers.add(SESSION + "=new-id; Path=/; HttpOnly"); // the container's changeSessionId at sign-in
        response.sendRedirect("/");

        assertThat(headers).containsExactly(SESSION + "=new-id; Path=/; HttpOnly; SameSite=Strict");
    }

    @Test
    @DisplayName("a committed response is not touched")
    void committedResponse() {
        var headers = new ArrayList<>(List.of(SESSION + "=abc; Path=/"));

        SameSiteSessionCookieFilter.mend(response(headers, true), SESSION);

        assertThat(headers).containsExactly(SESSION + "=abc; Path=/");
    }

    /** A response whose Set-Cookie headers are the given list (as the container keeps them). */
    private static HttpServletResponse response(List<String> setCookies, boolean committed) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SameSiteSessionCookieFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> {
                    switch (m.getName()) {
                        case "isCommitted":
                            return committed;
                        case "getHeaders":
                            return List.copyOf(setCookies);
                        case "setHeader":
                            setCookies.clear();
                            setCookies.add((String) a[1]);
                            return null;
                        case "addHeader":
                            setCookies.add((String) a[1]);
                            return null;
                        default:
                            return null;
                    }
                });
    }
}
