package jp.member.web.security.openid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.member.security.Roles;
import jp.member.testsupport.RefreshRefusal;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The code flow against a real OpenID provider in this JVM (NAV's mock-oauth2-server on 127.0.0.1): discovery, the
 * authorisation request with PKCE, the browser's return, the code exchanged, the ID token checked.
 */
class OpenIdProviderTest {

    private static final String ISSUER = "company";
    private static final String CLIENT = "member-app";
    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/sign-in/openid/callback");

    /** A provider per test: an answer queued for one test never serves another. */
    private MockOAuth2Server provider;

    private final RefreshRefusal refusal = new RefreshRefusal();

    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private OpenIdProvider openId;

    @BeforeEach
    void startProvider() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(), refusal);
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        openId = provider(Clock.systemUTC(), CLIENT);
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    private OpenIdProvider provider(Clock clock, String clientId) {
        OpenIdProvider p = new OpenIdProvider();
        p.configure(
                new OpenIdSettings(
                        provider.issuerUrl(ISSUER).uri(),
                        clientId,
                        Optional.of("client-secret"),
                        CALLBACK,
                        "preferred_username",
                        "groups",
                        OpenIdSettings.roleMapping(
                                "member-agents=AGENT;member-managers=MANAGER;member-managers=AUDITOR"),
                        Set.of("mfa"),
                        "openid profile",
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(60)),
                clock);
        return p;
    }

    /** The person signs in at the provider: its authorisation endpoint sends the browser back with a code. */
    private URI signInAtProvider(URI authorization) throws Exception {
        HttpResponse<Void> response =
                browser.send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("the provider redirects back").isEqualTo(302);
        return URI.create(response.headers().firstValue("location").orElseThrow());
    }

    private void person(String username, List<String> groups, List<String> amr) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER,
                "subject-" + username,
                "JWT",
                null,
                Map.of("preferred_username", username, "groups", groups, "amr", amr),
                3600));
    }

    @Test
    @DisplayName("A person in a mapped group comes back with the roles the groups grant and the provider's MFA")
    void signsIn() throws Exception {
        person("agent.sato", List.of("member-managers", "unrelated"), List.of("pwd", "mfa"));
        OpenIdProvider.Started started = openId.start();

        assertThat(started.redirect().toString())
                .startsWith(provider.authorizationEndpointUrl(ISSUER).toString())
                .contains("code_challenge_method=S256", "code_challenge=", "nonce=", "state=")
                .doesNotContain(started.pending().verifier());
        OpenIdIdentity identity = openId.finish(started.pending(), signInAtProvider(started.redirect()))
                .identity();

        assertThat(identity.username()).isEqualTo("agent.sato");
        assertThat(identity.subject()).isEqualTo("subject-agent.sato");
        assertThat(identity.roles()).containsExactlyInAnyOrder(Roles.MANAGER, Roles.AUDITOR);
        assertThat(identity.secondFactorChecked()).isTrue();
    }

    @Test
    @DisplayName("No mapped group: no role; a password alone is not a second factor")
    void noMappedGroup() throws Exception {
        person("someone", List.of("everyone"), List.of("pwd"));
        OpenIdProvider.Started started = openId.start();

        OpenIdIdentity identity = openId.finish(started.pending(), signInAtProvider(started.redirect()))
                .identity();

        assertThat(identity.roles()).isEmpty();
        assertThat(identity.secondFactorChecked()).isFalse();
    }

    @Test
    @DisplayName("An answer meant for another session's sign-in (state) is refused")
    void otherState() throws Exception {
        person("agent.sato", List.of("member-agents"), List.of("pwd"));
        OpenIdProvider.Started mine = openId.start();
        OpenIdProvider.Started other = openId.start();

        URI returned = signInAtProvider(other.redirect());

        assertThatThrownBy(() -> openId.finish(mine.pending(), returned))
                .isInstanceOf(OpenIdRefusal.class)
                .hasMessageContaining("state");
    }

    @Test
    @DisplayName("A code redeemed with another verifier (PKCE) or whose ID token has another nonce is refused")
    void verifierAndNonce() throws Exception {
        person("agent.sato", List.of("member-agents"), List.of("pwd"));
        OpenIdProvider.Started started = openId.start();
        URI returned = signInAtProvider(started.redirect());
        OpenIdProvider.Pending otherNonce = new OpenIdProvider.Pending(
                started.pending().state(), "another-nonce", started.pending().verifier(), Instant.now());

        assertThatThrownBy(() -> openId.finish(otherNonce, returned))
                .isInstanceOf(OpenIdRefusal.class)
                .hasMessageContaining("ID token");

        person("agent.sato", List.of("member-agents"), List.of("pwd"));
        OpenIdProvider.Started again = openId.start();
        URI returnedAgain = signInAtProvider(again.redirect());
        OpenIdProvider.Pending otherVerifier = new OpenIdProvider.Pending(
                again.pending().state(),
                again.pending().nonce(),
                new com.nimbusds.oauth2.sdk.pkce.CodeVerifier().getValue(),
                Instant.now());

        assertThatThrownBy(() -> openId.finish(otherVerifier, returnedAgain)).isInstanceOf(OpenIdRefusal.class);
    }

    @Test
    @DisplayName("A return after the sign-in window, without a started sign-in, or from a refusing provider is refused")
    void lateOrUnstarted() throws Exception {
        person("agent.sato", List.of("member-agents"), List.of("pwd"));
        OpenIdProvider.Started started = openId.start();
        URI returned = signInAtProvider(started.redirect());
        OpenIdProvider late = provider(
                Clock.fixed(Instant.now().plus(OpenIdProvider.SIGN_IN_WINDOW).plusSeconds(5), ZoneOffset.UTC), CLIENT);

        assertThatThrownBy(() -> late.finish(started.pending(), returned))
                .isInstanceOf(OpenIdRefusal.class)
                .hasMessageContaining("longer");
        assertThatThrownBy(() -> openId.finish(null, returned)).isInstanceOf(OpenIdRefusal.class);
        URI refused = URI.create(
                CALLBACK + "?error=access_denied&state=" + started.pending().state());
        assertThatThrownBy(() -> openId.finish(started.pending(), refused))
                .isInstanceOf(OpenIdRefusal.class)
                .hasMessageContaining("access_denied");
    }

    private OpenIdProvider.SignedIn signedIn(String username, List<String> groups) throws Exception {
        person(username, groups, List.of("pwd"));
        OpenIdProvider.Started started = openId.start();
        return openId.finish(started.pending(), signInAtProvider(started.redirect()));
    }

    @Test
    @DisplayName("A live session's refresh token: confirmed (and rotated) while the provider knows the person with the"
            + " same roles; refused when the provider refuses the grant or vouches for other roles")
    void refresh() throws Exception {
        OpenIdProvider.SignedIn signedIn = signedIn("agent.sato", List.of("member-agents"));
        assertThat(signedIn.refreshToken()).as("a refresh token was issued").isNotNull();
        assertThat(signedIn.toString()).doesNotContain(signedIn.refreshToken());

        OpenIdProvider.Refreshed again =
                openId.refresh(signedIn.refreshToken(), "subject-agent.sato", Set.of(Roles.AGENT));
        assertThat(again.answer()).isEqualTo(OpenIdProvider.Answer.CONFIRMED);
        assertThat(openId.refresh(again.refreshToken(), "subject-agent.sato", Set.of(Roles.MANAGER))
                        .answer())
                .as("other roles now")
                .isEqualTo(OpenIdProvider.Answer.REFUSED);

        refusal.refuse(true);
        assertThat(openId.refresh(again.refreshToken(), "subject-agent.sato", Set.of(Roles.AGENT))
                        .answer())
                .isEqualTo(OpenIdProvider.Answer.REFUSED);
    }

    @Test
    @DisplayName("A session begun at the provider is asked about only when due; while the provider cannot be reached"
            + " it goes on for the grace, then ends for good")
    void providerSession() throws Exception {
        OpenIdProvider.SignedIn signedIn = signedIn("agent.kato", List.of("member-agents"));
        Instant start = Instant.now();
        Duration recheck = Duration.ofMinutes(5);
        Duration grace = Duration.ofSeconds(60);
        ProviderSession session = new ProviderSession(signedIn, start, recheck);
        provider.shutdown();

        assertThat(session.keeps(openId, start.plusSeconds(10), recheck, grace))
                .as("not due")
                .isTrue();
        Instant due = start.plus(recheck);
        assertThat(session.keeps(openId, due, recheck, grace))
                .as("unreachable, in the grace")
                .isTrue();
        assertThat(session.keeps(openId, due.plusSeconds(30), recheck, grace))
                .as("still in the grace")
                .isTrue();
        assertThat(session.keeps(openId, due.plusSeconds(61), recheck, grace))
                .as("past the grace")
                .isFalse();
        assertThat(session.keeps(openId, due.plusSeconds(1), recheck, grace))
                .as("ended for good")
                .isFalse();
    }

    @Test
    @DisplayName("Without a refresh token a session lasts as long as the ID token")
    void withoutRefreshToken() {
        Instant expiry = Instant.parse("2026-12-04T12:00:00Z");
        OpenIdIdentity someone = new OpenIdIdentity("s", "someone", null, Set.of(Roles.AGENT), false);
        ProviderSession session = new ProviderSession(
                new OpenIdProvider.SignedIn(someone, null, expiry), expiry.minusSeconds(3600), Duration.ofMinutes(5));

        assertThat(session.refreshes()).isFalse();
        assertThat(session.keeps(openId, expiry.minusSeconds(1), Duration.ofMinutes(5), Duration.ZERO))
                .isTrue();
        assertThat(session.keeps(openId, expiry, Duration.ofMinutes(5), Duration.ZERO))
                .isFalse();
    }

    @Test
    @DisplayName("A provider that cannot be reached is a refusal, not an error page")
    void unreachable() {
        OpenIdProvider p = new OpenIdProvider();
        p.configure(
                new OpenIdSettings(
                        URI.create("http://127.0.0.1:9/nowhere"),
                        CLIENT,
                        Optional.empty(),
                        CALLBACK,
                        "preferred_username",
                        "groups",
                        Map.of("x", Roles.AGENT),
                        Set.of("mfa"),
                        "openid profile",
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(60)),
                Clock.systemUTC());

        assertThatThrownBy(p::start).isInstanceOf(OpenIdRefusal.class).hasMessageContaining("reached");
    }

    @Test
    @DisplayName("Settings: https only (plain http to loopback alone), role mapping to staff roles only")
    void settings() {
        Map<String, String> roles = Map.of("g", Roles.AGENT);
        assertThatThrownBy(() -> new OpenIdSettings(
                        URI.create("http://idp.example.jp/realms/x"),
                        CLIENT,
                        Optional.empty(),
                        CALLBACK,
                        "u",
                        "g",
                        roles,
                        Set.of(),
                        "openid profile",
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(60)))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> new OpenIdSettings(
                        URI.create("https://idp.example.jp/realms/x"),
                        CLIENT,
                        Optional.empty(),
                        URI.create("http://member.example.jp/sign-in/openid/callback"),
                        "u",
                        "g",
                        roles,
                        Set.of(),
                        "openid profile",
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(60)))
                .hasMessageContaining("callback");
        assertThat(OpenIdSettings.roleMapping(" cn=a,ou=x = agent ; b=ADMIN"))
                .containsEntry("cn=a,ou=x", Roles.AGENT)
                .containsEntry("b", Roles.ADMIN);
        assertThatThrownBy(() -> OpenIdSettings.roleMapping("g=POS")).hasMessageContaining("not a staff role");
        assertThatThrownBy(() -> OpenIdSettings.roleMapping("g")).hasMessageContaining("value=ROLE");
        assertThatThrownBy(() -> OpenIdSettings.roleMapping("")).hasMessageContaining("no claim value");
    }
}
