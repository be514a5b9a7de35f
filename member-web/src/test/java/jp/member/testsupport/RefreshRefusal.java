package jp.member.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

/**
 * A route for NAV's mock-oauth2-server that, while switched on, answers every refresh token grant as a provider does
 * for a person disabled or signed out there: {@code 400 invalid_grant}. (The mock itself accepts any refresh token, and
 * its queued responses do not work with its default server.)
 */
public final class RefreshRefusal implements Route {

    private final AtomicBoolean refusing = new AtomicBoolean();

    public void refuse(boolean refuse) {
        refusing.set(refuse);
    }

    @Override
    public boolean match(OAuth2HttpRequest request) {
        return refusing.get()
                && "POST".equals(request.getMethod())
                && request.getUrl().encodedPath().endsWith("/token")
                && request.getBody() != null
                && request.getBody().contains("grant_type=refresh_token");
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
        return new OAuth2HttpResponse(
                Headers.of("Content-Type", "application/json", "Cache-Control", "no-store"),
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"the person is no longer active\"}",
                null);
    }
}
