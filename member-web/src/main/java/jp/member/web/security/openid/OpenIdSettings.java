package jp.member.web.security.openid;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.member.security.Roles;
import jp.member.shared.Settings;

/**
 * How staff sign in through the company's OpenID provider, from the deployment's settings ({@code member.oidc.*},
 * or the environment's {@code MEMBER_OIDC_*}). Absent issuer: OpenID sign-in is off.
 *
 * @param issuer the provider's issuer; its discovery document is {@code <issuer>/.well-known/openid-configuration}.
 *     {@code https} only, except to this machine's loopback (a provider on 127.0.0.1 can only be a test or demo)
 * @param clientId this application's client id at the provider
 * @param clientSecret its secret, or empty for a public client (PKCE alone)
 * @param callback where the provider sends the browser back: {@code https://<host>/sign-in/openid/callback}, the
 *     address people reach (behind a proxy the application cannot guess it)
 * @param usernameClaim the claim that names the staff account ({@code preferred_username} by default)
 * @param rolesClaim the claim listing the person's groups or app roles ({@code groups} by default)
 * @param roles each claim value that grants a role, to its role
 * @param mfaMethods the {@code amr} values (RFC 8176) that say the provider checked a second factor
 * @param scope the scopes asked for ({@code openid profile} by default; add {@code offline_access} where the provider
 *     issues a refresh token only then, as Entra ID and Okta do)
 * @param recheck how often a live session is checked again at the provider with its refresh token (default 5 minutes)
 * @param grace how long a session goes on while the provider cannot be reached (default 60 seconds), then it ends
 */
public record OpenIdSettings(
        URI issuer,
        String clientId,
        Optional<String> clientSecret,
        URI callback,
        String usernameClaim,
        String rolesClaim,
        Map<String, String> roles,
        Set<String> mfaMethods,
        String scope,
        Duration recheck,
        Duration grace) {

    /** The roles a company's provider may grant: the staff roles, never a machine client's. */
    static final Set<String> STAFF_ROLES =
            Set.of(Roles.AGENT, Roles.MANAGER, Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.ADMIN);

    public OpenIdSettings {
        requireSecureOrLoopback(issuer, "member.oidc.issuer");
        requireSecureOrLoopback(callback, "member.oidc.callback");
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("member.oidc.client-id is empty");
        }
        roles = Map.copyOf(roles);
        mfaMethods = Set.copyOf(mfaMethods);
        if (!Arrays.asList(scope.split(" ")).contains("openid")) {
            throw new IllegalArgumentException("member.oidc.scope must contain openid");
        }
        if (recheck.compareTo(Duration.ofSeconds(5)) < 0 || recheck.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("member.oidc.recheck-seconds must be between 5 and 3600");
        }
        if (grace.isNegative() || grace.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("member.oidc.grace-seconds must be between 0 and 600");
        }
    }

    /** Written into logs: never the client secret. */
    @Override
    public String toString() {
        return "OpenID provider " + issuer + " for client " + clientId;
    }

    /** The settings when OpenID sign-in is on; a setting that is present but wrong stops the application. */
    public static Optional<OpenIdSettings> of(Settings settings) {
        Optional<String> issuer = settings.value("member.oidc.issuer");
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OpenIdSettings(
                URI.create(issuer.get().trim()),
                settings.value("member.oidc.client-id").orElse("").trim(),
                settings.value("member.oidc.client-secret"),
                URI.create(settings.value("member.oidc.callback")
                        .orElseThrow(() -> new IllegalArgumentException("member.oidc.callback is not set"))
                        .trim()),
                settings.value("member.oidc.username-claim")
                        .orElse("preferred_username")
                        .trim(),
                settings.value("member.oidc.roles-claim").orElse("groups").trim(),
                roleMapping(settings.value("member.oidc.roles").orElse("")),
                Arrays.stream(settings.value("member.oidc.mfa-methods")
                                .orElse("mfa")
                                .split(","))
                        .map(String::trim)
                        .filter(m -> !m.isEmpty())
                        .collect(Collectors.toSet()),
                settings.value("member.oidc.scope").orElse("openid profile").trim(),
                Duration.ofSeconds(seconds(settings, "member.oidc.recheck-seconds", 300)),
                Duration.ofSeconds(seconds(settings, "member.oidc.grace-seconds", 60))));
    }

    private static long seconds(Settings settings, String name, long fallback) {
        try {
            return settings.value(name).map(String::trim).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number of seconds");
        }
    }

    /**
     * {@code value=ROLE;value=ROLE}: a claim value (a group's name or object id, an app role) to the role it grants.
     * Values may repeat with different roles; a role that is not a staff role is refused, so that a typo fails the
     * start instead of granting nothing silently.
     */
    static Map<String, String> roleMapping(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException("member.oidc.roles: '" + pair.trim() + "' is not value=ROLE");
            }
            String value = pair.substring(0, equals).trim();
            String role = pair.substring(equals + 1).trim().toUpperCase(Locale.ROOT);
            if (!STAFF_ROLES.contains(role)) {
                throw new IllegalArgumentException(
                        "member.oidc.roles: " + role + " is not a staff role " + STAFF_ROLES);
            }
            mapping.merge(value, role, (a, b) -> a + "," + b);
        }
        if (mapping.isEmpty()) {
            throw new IllegalArgumentException("member.oidc.roles maps no claim value to a role");
        }
        return mapping;
    }

    /** The roles the claim's values grant. */
    public Set<String> rolesFor(List<String> claimValues) {
        return claimValues.stream()
                .map(roles::get)
                .filter(r -> r != null)
                .flatMap(r -> Arrays.stream(r.split(",")))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void requireSecureOrLoopback(URI uri, String name) {
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(name + " is not an absolute address");
        }
        boolean loopback = Set.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
            throw new IllegalArgumentException(name + " must be https (plain http only to this machine's loopback)");
        }
    }
}
