package jp.member.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import jp.member.api.ApiRateLimits;
import jp.member.api.ProblemDocuments;
import jp.member.staff.boundary.ApiClientAuthentication;
import jp.member.staff.boundary.ApiClientAuthentication.AuthenticatedClient;

/**
 * Machine clients of {@code /api/*}: HTTP Basic with the client id and secret on every request, no session; the
 * client gets its one role (POS or CHANNEL). A missing or wrong credential on a protected resource gets 401 with an
 * {@code application/problem+json} body; a client over its request rate, and a client id or address past its
 * allowance of wrong secrets, gets 429 with Retry-After ({@link ApiRateLimits}).
 */
@ApplicationScoped
class ApiClientBasicAuthentication {

    private static final String PREFIX = "Basic ";

    @Inject
    ApiClientAuthentication clients;

    @Inject
    ApiRateLimits limits;

    @Inject
    ClientAddress addresses;

    AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String[]> credentials = credentials(request);
        String address = addresses.of(request);
        if (credentials.isPresent()) {
            String clientId = credentials.get()[0];
            ApiRateLimits.Attempt attempt =
                    limits.reserveAttempt(clientId, credentials.get()[1], address);
            if (attempt.retryAfter().isPresent()) {
                return refuse(request, response, attempt.retryAfter().getAsLong());
            }
            Optional<AuthenticatedClient> client =
                    clients.authenticate(clientId, credentials.get()[1], address);
            if (client.isPresent()) {
                limits.attemptSucceeded(attempt);
                OptionalLong limited = limits.admitRequest(client.get());
                if (limited.isPresent()) {
                    return refuse(request, response, limited.getAsLong());
                }
                request.setAttribute(ApiRateLimits.CLIENT, client.get());
                return context.notifyContainerAboutLogin(
                        client.get().clientId(), Set.of(client.get().role()));
            }
            limits.attemptFailed(attempt);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        SecurityHeaders.applyToOwnResponse(request, response);
        response.setHeader("WWW-Authenticate", "Basic realm=\"member-api\", charset=\"UTF-8\"");
        problem(response, 401, "UNAUTHENTICATED", "Unauthenticated");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** 429 with Retry-After: over the client's request rate, or too many wrong secrets from here. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, long seconds) {
        SecurityHeaders.applyToOwnResponse(request, response);
        response.setHeader("Retry-After", String.valueOf(seconds));
        problem(response, 429, "RATE_LIMITED", "Too many requests");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static Optional<String[]> credentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static void problem(HttpServletResponse response, int status, String code, String title) {
        try {
            ProblemDocuments.write(response, status, code, title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
