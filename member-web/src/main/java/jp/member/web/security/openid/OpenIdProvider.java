package jp.member.web.security.openid;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
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
    static final Duration SIGN_IN_WINDOW = Duration.ofMinutes(10);

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

    @PostConstruct
    void configure() {
        configured = OpenIdSettings.of(settings);
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

    /** A new sign-in at the provider. */
    public Started start() throws OpenIdRefusal {
        OpenIdSettings s = settings();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE),
                        new Scope("openid", "profile"),
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
    public OpenIdIdentity finish(Pending pending, URI returned) throws OpenIdRefusal {
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
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new OpenIdRefusal("the provider sent no code");
        }
        Described provider = described(s);
        JWT idToken = idToken(s, provider, code, new CodeVerifier(pending.verifier()));
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new OpenIdRefusal(
                    "the ID token failed its checks: " + e.getClass().getSimpleName());
        }
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
                s.rolesFor(claimValues(claims.getClaim(s.rolesClaim()))),
                amr.stream().anyMatch(s.mfaMethods()::contains));
    }

    private JWT idToken(OpenIdSettings s, Described provider, AuthorizationCode code, CodeVerifier verifier)
            throws OpenIdRefusal {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, s.callback(), verifier);
        URI endpoint = provider.metadata().getTokenEndpointURI();
        TokenRequest request = s.clientSecret().isPresent()
                ? new TokenRequest(
                        endpoint,
                        new ClientSecretBasic(
                                new ClientID(s.clientId()),
                                new Secret(s.clientSecret().get())),
                        grant)
                : new TokenRequest(endpoint, new ClientID(s.clientId()), grant);
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse tokens;
        try {
            tokens = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new OpenIdRefusal("the provider's token endpoint could not be reached");
        } catch (ParseException e) {
            throw new OpenIdRefusal("the provider's token answer could not be read");
        }
        if (!tokens.indicatesSuccess()) {
            throw new OpenIdRefusal("the provider refused the code: "
                    + tokens.toErrorResponse().getErrorObject().getCode());
        }
        if (!(tokens.toSuccessResponse() instanceof OIDCTokenResponse oidc)
                || oidc.getOIDCTokens().getIDToken() == null) {
            throw new OpenIdRefusal("the provider sent no ID token");
        }
        return oidc.getOIDCTokens().getIDToken();
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
