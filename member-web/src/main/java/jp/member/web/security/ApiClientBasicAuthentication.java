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
import java.util.Set;
import jp.member.staff.boundary.ApiClientAuthentication;
import jp.member.staff.boundary.ApiClientAuthentication.AuthenticatedClient;

/**
 * Machine clients of {@code /api/*}: HTTP Basic with the client id and secret on every request, no session; the
 * client gets its one role (POS or CHANNEL). A
 * missing or wrong credential on a protected resource gets 401 with an {@code application/problem+json} body.
 */
@ApplicationScoped
class ApiClientBasicAuthentication {

    private static final String PREFIX = "Basic ";

    @Inject
    ApiClientAuthentication clients;

    AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<AuthenticatedClient> client = credentials(request).flatMap(c -> clients.authenticate(c[0], c[1]));
        if (client.isPresent()) {
            return context.notifyContainerAboutLogin(
                    client.get().clientId(), Set.of(client.get().role()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        SecurityHeaders.applyToOwnResponse(request, response);
        unauthorized(response);
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

    private static void unauthorized(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"member-api\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter()
                    .write("{\"type\":\"urn:member:problem:unauthenticated\",\"title\":\"Unauthenticated\","
                            + "\"status\":401,\"code\":\"UNAUTHENTICATED\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
