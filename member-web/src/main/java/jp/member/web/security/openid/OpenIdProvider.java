package jp.member.web.security.openid;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.member.shared.Settings;

/**
 * Sign-in at the company's OpenID provider (Entra ID, Okta, Keycloak …) by the authorisation code flow with PKCE
 * (RFC 7636, S256), a fresh state and nonce per sign-in, and the ID token checked against the provider's published
 * keys, issuer, audience, expiry (one minute of clock skew) and nonce. What the provider vouches for comes back as an
 * {@link OpenIdIdentity}; what the application then allows (the staff record, lockout, networks, second factor) is
 * decided by the sign-in that uses it. The provider's description is fetched from its discovery document and kept for
 * an hour; every call to the provider has a five-second limit.
 */
@ApplicationScoped
public class OpenIdProvider {

    /** How long a started sign-in may take at the provider before its return is refused. */
    public static final Duration SIGN_IN_WINDOW = Duration.ofMinutes(10);

    private static final Duration KEEP_METADATA = Duration.ofHours(1);
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int KEYS_SIZE_LIMIT = 512 * 1024;
    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private Optional<OpenIdSettings> configured;
    private volatile Described described;

    /** The provider as its discovery document describes it, with the validator for its ID tokens. */
    private record Described(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant fetchedAt) {}

    /** A sign-in sent to the provider, kept in the browser's session until it returns (plain strings: replicable). */
    public record Pending(String state, String nonce, String verifier, Instant startedAt) implements Serializable {}

    /** Where to send the browser, and what to keep until it comes back. */
    public record Started(URI redirect, Pending pending) {}

    /**
     * A finished sign-in: who the provider vouched for, its refresh token (null when it issued none) and when its ID
     * token expires. The refresh token stays on the server, in the person's HTTP session.
     */
    public record SignedIn(OpenIdIdentity identity, String refreshToken, Instant idTokenExpiry) {

        /** Written into logs: never the token. */
        @Override
        public String toString() {
            return "SignedIn";
        }
    }

    /** What the provider said when a live session's refresh token was used. */
    public enum Answer {
        /** The person is still active and holds the same roles. */
        CONFIRMED,
        /** The provider refused the grant (the person was disabled, signed out there, the token revoked) or vouches
         * for other roles or another person now. */
        REFUSED,
        /** The provider could not be asked (unreachable, a server error, an answer that could not be read). */
        UNREACHABLE
    }

    /** The answer to a refresh, with the refresh token to use next time (the same one if the provider did not rotate). */
    public record Refreshed(Answer answer, String refreshToken) {

        /** Written into logs: never the token. */
        @Override
        public String toString() {
            return "Refreshed " + answer;
        }
    }

    @PostConstruct
    void configure() {
        configured = OpenIdSettings.of(settings);
    }

    /**
     * Reads the settings when the application starts: a wrong one stops the deployment with a message naming it (as
     * the directory's do), instead of failing the sign-in page later.
     */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled()) {
            LOG.info(() -> "Staff may sign in through the " + configured.get());
        }
    }

    /** For tests: the settings as given. */
    void configure(OpenIdSettings given, Clock clock) {
        this.configured = Optional.of(given);
        this.clock = clock;
        this.described = null;
    }

    public boolean enabled() {
        return configured.isPresent();
    }

    /** How often a live session is checked again at the provider (only when {@link #enabled()}). */
    public Duration recheck() {
        return configured.orElseThrow().recheck();
    }

    /** How long a session goes on while the provider cannot be reached (only when {@link #enabled()}). */
    public Duration grace() {
        return configured.orElseThrow().grace();
    }

    /** A new sign-in at the provider. */
    public Started start() throws OpenIdRefusal {
        OpenIdSettings s = settings();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE),
                        Scope.parse(s.scope()),
                        new ClientID(s.clientId()),
                        s.callback())
                .endpointURI(described(s).metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Started(
                request.toURI(), new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), clock.instant()));
    }

    /**
     * The browser's return from the provider ({@code returned}: the callback address with its query): the code is
     * exchanged for tokens with the sign-in's verifier and the ID token checked. Anything wrong is a refusal.
     */
    public SignedIn finish(Pending pending, URI returned) throws OpenIdRefusal {
        OpenIdSettings s = settings();
        if (pending == null) {
            throw new OpenIdRefusal("no sign-in started in this session");
        }
        if (clock.instant().isAfter(pending.startedAt().plus(SIGN_IN_WINDOW))) {
            throw new OpenIdRefusal("sign-in took longer than " + SIGN_IN_WINDOW.toMinutes() + " minutes");
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(returned);
        } catch (ParseException e) {
            throw new OpenIdRefusal("the provider's answer could not be read");
        }
        if (response.getState() == null
                || !pending.state().equals(response.getState().getValue())) {
            throw new OpenIdRefusal("the answer is not for this session's sign-in (state)");
        }
        if (!response.indicatesSuccess()) {
            throw new OpenIdRefusal("the provider refused: "
                    + errorCode(response.toErrorResponse().getErrorObject().getCode()));
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new OpenIdRefusal("the provider sent no code");
        }
        Described provider = described(s);
        OIDCTokens tokens = tokens(
                s, provider, new AuthorizationCodeGrant(code, s.callback(), new CodeVerifier(pending.verifier())));
        IDTokenClaimsSet claims = checked(provider, tokens.getIDToken(), new Nonce(pending.nonce()));
        return new SignedIn(
                identity(s, claims),
                tokens.getRefreshToken() == null
                        ? null
                        : tokens.getRefreshToken().getValue(),
                claims.getExpirationTime().toInstant());
    }

    /**
     * Asks the provider again about a signed-in person with the session's refresh token: refused when the provider
     * refuses the grant, or when the ID token it sends with the answer names another person or other roles (the
     * person signs in again under the new ones); unreachable when it cannot be asked. Never throws.
     */
    public Refreshed refresh(String refreshToken, String subject, Set<String> roles) {
        OpenIdSettings s;
        Described provider;
        try {
            s = settings();
            provider = described(s);
        } catch (OpenIdRefusal e) {
            return new Refreshed(Answer.UNREACHABLE, refreshToken);
        }
        HTTPResponse http;
        TokenResponse response;
        try {
            http = send(tokenRequest(s, provider, new RefreshTokenGrant(new RefreshToken(refreshToken))));
            if (http.getStatusCode() >= 500) {
                return new Refreshed(Answer.UNREACHABLE, refreshToken);
            }
            response = OIDCTokenResponseParser.parse(http);
        } catch (IOException | ParseException e) {
            LOG.warning(() -> "The OpenID provider could not be asked about a session: "
                    + e.getClass().getSimpleName());
            return new Refreshed(Answer.UNREACHABLE, refreshToken);
        }
        if (!response.indicatesSuccess()) {
            String error = errorCode(response.toErrorResponse().getErrorObject().getCode());
            LOG.info(() -> "The OpenID provider refused a session's refresh: " + error);
            return new Refreshed(Answer.REFUSED, null);
        }
        Tokens tokens = response.toSuccessResponse().getTokens();
        String next = tokens.getRefreshToken() == null
                ? refreshToken
                : tokens.getRefreshToken().getValue();
        if (response.toSuccessResponse() instanceof OIDCTokenResponse oidc
                && oidc.getOIDCTokens().getIDToken() != null) {
            try {
                OpenIdIdentity now =
                        identity(s, checked(provider, oidc.getOIDCTokens().getIDToken(), null));
                if (!now.subject().equals(subject) || !now.roles().equals(roles)) {
                    return new Refreshed(Answer.REFUSED, null);
                }
            } catch (OpenIdRefusal e) {
                LOG.info(() -> "A session's refreshed ID token was refused: " + e.getMessage());
                return new Refreshed(Answer.REFUSED, null);
            }
        }
        return new Refreshed(Answer.CONFIRMED, next);
    }

    private IDTokenClaimsSet checked(Described provider, JWT idToken, Nonce nonce) throws OpenIdRefusal {
        try {
            return provider.validator().validate(idToken, nonce);
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new OpenIdRefusal(
                    "the ID token failed its checks: " + e.getClass().getSimpleName());
        }
    }

    private static OpenIdIdentity identity(OpenIdSettings s, IDTokenClaimsSet claims) throws OpenIdRefusal {
        Object username = claims.getClaim(s.usernameClaim());
        if (!(username instanceof String name) || name.isBlank()) {
            throw new OpenIdRefusal("the ID token has no " + s.usernameClaim());
        }
        List<String> amr = claims.getAMR() == null
                ? List.of()
                : claims.getAMR().stream().map(a -> a.getValue()).toList();
        return new OpenIdIdentity(
                claims.getSubject().getValue(),
                name.trim(),
                claims.getStringClaim("name"),
                s.rolesFor(claimValues(claims.getClaim(s.rolesClaim()))),
                amr.stream().anyMatch(s.mfaMethods()::contains));
    }

    private static TokenRequest tokenRequest(OpenIdSettings s, Described provider, AuthorizationGrant grant) {
        URI endpoint = provider.metadata().getTokenEndpointURI();
        return s.clientSecret().isPresent()
                ? new TokenRequest(
                        endpoint,
                        new ClientSecretBasic(
                                new ClientID(s.clientId()),
                                new Secret(s.clientSecret().get())),
                        grant)
                : new TokenRequest(endpoint, new ClientID(s.clientId()), grant);
    }

    private static HTTPResponse send(TokenRequest request) throws IOException {
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        return http.send();
    }

    private OIDCTokens tokens(OpenIdSettings s, Described provider, AuthorizationGrant grant) throws OpenIdRefusal {
        TokenResponse tokens;
        try {
            tokens = OIDCTokenResponseParser.parse(send(tokenRequest(s, provider, grant)));
        } catch (IOException e) {
            throw new OpenIdRefusal("the provider's token endpoint could not be reached");
        } catch (ParseException e) {
            throw new OpenIdRefusal("the provider's token answer could not be read");
        }
        if (!tokens.indicatesSuccess()) {
            throw new OpenIdRefusal("the provider refused the code: "
                    + errorCode(tokens.toErrorResponse().getErrorObject().getCode()));
        }
        if (!(tokens.toSuccessResponse() instanceof OIDCTokenResponse oidc)
                || oidc.getOIDCTokens().getIDToken() == null) {
            throw new OpenIdRefusal("the provider sent no ID token");
        }
        return oidc.getOIDCTokens();
    }

    /** The provider's error code as it may go into a log line: letters, digits and {@code _.-}, at most 40. */
    static String errorCode(String code) {
        if (code == null) {
            return "(none)";
        }
        String kept = code.replaceAll("[^A-Za-z0-9_.-]", "?");
        return kept.length() > 40 ? kept.substring(0, 40) : kept;
    }

    /** A claim that is a list of strings or one string (providers differ); anything else grants nothing. */
    static List<String> claimValues(Object claim) {
        if (claim instanceof String one) {
            return List.of(one);
        }
        if (claim instanceof List<?> many) {
            return many.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }

    private OpenIdSettings settings() throws OpenIdRefusal {
        return configured.orElseThrow(() -> new OpenIdRefusal("OpenID sign-in is not configured"));
    }

    private Described described(OpenIdSettings s) throws OpenIdRefusal {
        Described current = described;
        if (current != null && current.fetchedAt().plus(KEEP_METADATA).isAfter(clock.instant())) {
            return current;
        }
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(s.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            if (!Set.of("https", "http").contains(metadata.getJWKSetURI().getScheme())) {
                throw new OpenIdRefusal("the provider publishes its keys at an unusable address");
            }
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    new ClientID(s.clientId()),
                    JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, KEYS_SIZE_LIMIT));
            validator.setMaxClockSkew(60);
            described = new Described(metadata, validator, clock.instant());
            return described;
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            LOG.warning(() -> "The OpenID provider's description could not be fetched: "
                    + e.getClass().getSimpleName());
            throw new OpenIdRefusal("the OpenID provider could not be reached");
        }
    }
}
