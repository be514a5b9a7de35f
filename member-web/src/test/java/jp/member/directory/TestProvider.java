package jp.member.directory;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import jp.member.testsupport.RefreshRefusal;
import jp.member.testsupport.WebClient;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The company's OpenID provider for the tests: NAV's mock-oauth2-server on 127.0.0.1:18390 (issuer {@code company}),
 * with its login form (a person types a subject and the claims of their ID token), refresh tokens, and a switch that
 * makes it refuse every refresh ({@link RefreshRefusal}). The application reaches it at the address the failsafe
 * execution {@code directory} gives it ({@code MEMBER_OIDC_ISSUER}); the browser reaches the application at
 * {@code localhost} and the provider at {@code 127.0.0.1} — another site, as a real provider is. One per test JVM,
 * started by the first test class that asks, so that its keys stay those the application fetched.
 */
final class TestProvider {

    /** Mapped in MEMBER_OIDC_ROLES of the failsafe execution. */
    static final String AGENTS = "member-agents";

    static final String MANAGERS = "member-managers";
    /** A group no role is mapped to. */
    static final String CANTEEN = "canteen-committee";

    static final RefreshRefusal REFUSAL = new RefreshRefusal();

    private static MockOAuth2Server server;

    private TestProvider() {}

    static synchronized MockOAuth2Server server() throws Exception {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server(new OAuth2Config(true), REFUSAL);
            started.start(
                    InetAddress.getByName("127.0.0.1"),
                    Integer.parseInt(System.getProperty("member.oidc.port", "18390")));
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
        }
        return server;
    }

    /** The ID token's claims as the provider's login form takes them (JSON). */
    static String claims(String username, String name, List<String> groups, List<String> amr) {
        return "{\"preferred_username\":" + json(username) + ",\"name\":" + json(name) + ",\"groups\":"
                + groups.stream().map(TestProvider::json).collect(Collectors.joining(",", "[", "]")) + ",\"amr\":"
                + amr.stream().map(TestProvider::json).collect(Collectors.joining(",", "[", "]")) + "}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A person signs in as a browser does, through the provider: the sign-in page's link, the provider's login form
     * with this subject and these claims, back to the application. Returns the application's answer to the callback.
     */
    static HttpResponse<String> signIn(WebClient client, String subject, String claims) throws Exception {
        server();
        HttpResponse<String> start = client.get("/sign-in/openid");
        if (start.statusCode() != 302) {
            throw new IllegalStateException("the sign-in did not go to the provider: " + start.statusCode());
        }
        URI authorization = URI.create(start.headers().firstValue("Location").orElseThrow());
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(claims, StandardCharsets.UTF_8);
        HttpResponse<String> back = client.send(HttpRequest.newBuilder(authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (back.statusCode() != 302) {
            throw new IllegalStateException("the provider did not send the browser back: " + back.statusCode());
        }
        return client.send(HttpRequest.newBuilder(
                        URI.create(back.headers().firstValue("Location").orElseThrow()))
                .GET()
                .build());
    }
}
