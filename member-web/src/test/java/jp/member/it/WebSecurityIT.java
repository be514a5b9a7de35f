package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.member.security.Roles;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HTTP-level security of the deployed application: headers, cookies, sessions, CSRF, errors, the API fence. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    private static final String PASSWORD = "tsukimi-dango-2026";
    private static final String FAILED = "ユーザー名、パスワード、または確認コードが正しくありません";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    WebClient client;

    @BeforeEach
    void newClient() throws Exception {
        client = new WebClient(base.toURI());
    }

    @Test
    @DisplayName(
            "pages carry a nonce CSP with object-src, base-uri and frame-ancestors locked, nosniff and no-referrer")
    void pageHeaders() throws Exception {
        HttpResponse<String> login = client.get("/login.xhtml");

        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'")
                .contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
        assertThat(login.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertSecurityHeaders(login);
        assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    @DisplayName(
            "redirects, API errors, error pages and static resources carry the security headers and frame-ancestors too")
    void otherResponseHeaders() throws Exception {
        HttpResponse<String> redirect = client.get("/admin/staff.xhtml");
        HttpResponse<String> api = client.get("/api/v1/client");
        HttpResponse<String> resource = client.get("/jakarta.faces.resource/css/member.css.xhtml");
        HttpResponse<String> error = client.get("/error?kind=NOT_FOUND");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(resource.statusCode()).isEqualTo(200);
        assertThat(error.statusCode()).isEqualTo(404);
        for (HttpResponse<String> response : List.of(redirect, api, resource, error)) {
            assertSecurityHeaders(response);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(response.uri().toString())
                    .get()
                    .asString()
                    .contains("default-src 'none'", "frame-ancestors 'none'");
        }
    }

    @Test
    @DisplayName(
            "the load balancer's readiness check answers 'ready' and nothing more, makes no session, takes no post")
    void readiness() throws Exception {
        HttpResponse<String> ready = client.get("/ready");
        HttpResponse<String> posted = client.post("/ready", java.util.Map.of("x", "y"));

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready\n");
        assertThat(ready.headers().allValues("Set-Cookie"))
                .as("no session for a health check")
                .isEmpty();
        assertThat(ready.headers().firstValue("Cache-Control")).contains("no-store");
        assertSecurityHeaders(ready);
        assertThat(posted.statusCode()).isIn(400, 403, 405);
        assertThat(posted.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    @DisplayName("the session cookie is HttpOnly, SameSite=Strict, has no Domain, and is not Secure over plain HTTP")
    void sessionCookie() throws Exception {
        HttpResponse<String> login = client.get("/login.xhtml");

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebClient.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(cookie).doesNotContainIgnoringCase("Domain=").doesNotContainIgnoringCase("Secure");
    }

    @Test
    @DisplayName("signing in issues a new session id and the old one no longer reaches any page")
    void newSessionIdAtSignIn() throws Exception {
        String username = staff(Roles.AGENT);
        client.get("/login.xhtml");
        String before = client.sessionId().orElseThrow();

        HttpResponse<String> signedIn = client.signIn(username, PASSWORD);
        String after = client.sessionId().orElseThrow();

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);
        client.useSessionId(before);
        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("a wrong password and a locked account show the same message; neither signs in")
    void sameMessageForWrongAndLocked() throws Exception {
        String username = staff(Roles.AGENT);
        HttpResponse<String> wrong = client.signIn(username, "not-the-password");
        for (int i = 0; i < 5; i++) {
            client.signIn(username, "still-wrong-" + i);
        }
        HttpResponse<String> locked = client.signIn(username, PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains(FAILED);
        assertThat(locked.body()).contains(FAILED);
        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("a 64-character Japanese password signs in through the form")
    void unicodePassword() throws Exception {
        String passphrase = "春はあけぼの。やうやう白くなりゆく山ぎは、少しあかりて、紫だちたる雲の細くたなびきたる。夏は夜。月のころはさらなり。闇もなほ、蛍";
        String username = TestDatabase.uniqueUsername("kana");
        TestDatabase.insertStaff(username, passphrase, false, Roles.AGENT);

        assertThat(WebClient.location(client.signIn(username, passphrase))).endsWith("/");
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("signing out ends the server session: the old cookie leads to the login page, and it is recorded")
    void signOutEndsSession() throws Exception {
        String username = staff(Roles.AUDITOR);
        client.signIn(username, PASSWORD);
        String session = client.sessionId().orElseThrow();

        HttpResponse<String> out = client.press("/auditor/home.xhtml", "shell", "signout", Map.of());

        assertThat(WebClient.location(out)).endsWith("/login.xhtml");
        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("?signedOut=1"));
        assertThat(client.get("/login.xhtml?signedOut=1").body()).contains("id=\"signed-out\"");
        client.useSessionId(session);
        assertThat(WebClient.location(client.get("/auditor/home.xhtml"))).endsWith("/login.xhtml");
        assertThat(TestDatabase.signInEvents(username, "LOGOUT")).isEqualTo(1);
    }

    @Test
    @DisplayName("when an account is disabled its live session is refused at the next request")
    void disabledAccountLosesSession() throws Exception {
        String username = staff(Roles.AGENT);
        client.signIn(username, PASSWORD);
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        // What StaffAdministration.disable does (tested in StaffSignInIT): disabled, live sessions' generation passed.
        TestDatabase.update(
                "UPDATE staff_account SET enabled = FALSE, session_generation = session_generation + 1"
                        + " WHERE username = ?",
                username);

        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("a role's pages refuse other roles (403), and unauthenticated requests go to the login page")
    void pagesAreFencedByRole() throws Exception {
        client.signIn(staff(Roles.AGENT), PASSWORD);

        assertThat(client.get("/admin/staff.xhtml").statusCode()).isEqualTo(403);
        assertThat(client.get("/auditor/home.xhtml").statusCode()).isEqualTo(403);
        assertThat(WebClient.location(new WebClient(base.toURI()).get("/agent/home.xhtml")))
                .endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("an account with a temporary password can open nothing but the password page")
    void temporaryPasswordMustBeChanged() throws Exception {
        String username = TestDatabase.uniqueUsername("temp");
        TestDatabase.insertStaff(username, PASSWORD, true, Roles.AGENT);
        client.signIn(username, PASSWORD);

        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/account/password.xhtml");
        HttpResponse<String> changed = client.press(
                "/account/password.xhtml",
                "password",
                "submit",
                Map.of("current", PASSWORD, "new", "hoshizukiyo-no-sanpo", "confirm", "hoshizukiyo-no-sanpo"));
        assertThat(WebClient.location(changed)).endsWith("/index.xhtml");
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a form post without this session's ViewState changes nothing (CSRF) and shows no internals")
    void forgedPostIsRefused() throws Exception {
        String username = staff(Roles.AGENT);
        client.signIn(username, PASSWORD);
        String hashBefore =
                (String) TestDatabase.scalar("SELECT password_hash FROM staff_account WHERE username = ?", username);

        HttpResponse<String> forged = client.post(
                "/account/password.xhtml",
                Map.of(
                        "password",
                        "password",
                        "password:current",
                        PASSWORD,
                        "password:new",
                        "forged-password-2026",
                        "password:confirm",
                        "forged-password-2026",
                        "password:submit",
                        "",
                        "jakarta.faces.ViewState",
                        "-1234567890:987654321"));

        assertThat(TestDatabase.scalar("SELECT password_hash FROM staff_account WHERE username = ?", username))
                .isEqualTo(hashBefore);
        assertNoInternals(forged.body());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("画面の有効期限が切れたか");
    }

    @Test
    @DisplayName("error pages show no stack trace, class or server internals; TRACE is refused; WEB-INF is hidden")
    void errorsRevealNothing() throws Exception {
        client.signIn(staff(Roles.AGENT), PASSWORD);

        HttpResponse<String> missing = client.get("/no-such-page.xhtml");
        HttpResponse<String> webInf = client.get("/WEB-INF/web.xml");
        HttpResponse<String> trace = client.send(HttpRequest.newBuilder(client.uri("/login.xhtml"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertNoInternals(missing.body());
        assertThat(webInf.statusCode()).isEqualTo(404);
        assertThat(webInf.body()).doesNotContain("security-constraint");
        assertThat(trace.statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("the API admits only POS clients with a valid secret; failures are problem+json")
    void apiFence() throws Exception {
        String clientId = TestDatabase.uniqueUsername("till");
        String secret = "an-api-secret-for-tests-" + clientId;
        TestDatabase.update(
                "INSERT INTO api_client (client_id, name, secret_hash, enabled, created_at)"
                        + " VALUES (?, 'IT till', ?, TRUE, NOW())",
                clientId,
                jp.member.shared.Secrets.sha256Hex(secret));

        HttpResponse<String> none = client.get("/api/v1/client");
        HttpResponse<String> wrong = client.send(basic("/api/v1/client", clientId, secret + "x"));
        HttpResponse<String> right = client.send(basic("/api/v1/client", clientId, secret));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(none.body()).contains("\"code\":\"UNAUTHENTICATED\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains(clientId);
    }

    @Test
    @DisplayName("a signed-in person's session does not open the API")
    void staffSessionIsNotAnApiCredential() throws Exception {
        client.signIn(staff(Roles.ADMIN), PASSWORD);

        assertThat(client.get("/api/v1/client").statusCode()).isEqualTo(401);
    }

    private HttpRequest basic(String path, String user, String secret) {
        String token = Base64.getEncoder()
                .encodeToString((user + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(client.uri(path))
                .header("Authorization", "Basic " + token)
                .GET()
                .build();
    }

    private static String staff(String role) throws Exception {
        String username = TestDatabase.uniqueUsername(role.toLowerCase(java.util.Locale.ROOT));
        TestDatabase.insertStaff(username, PASSWORD, false, role);
        return username;
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode();
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(where)
                .contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(where).contains("no-referrer");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(where).contains("DENY");
    }

    private static void assertNoInternals(String body) {
        assertThat(body)
                .doesNotContain("Exception", "jakarta.faces.", "java.lang", "\tat ", "Payara", "SQL", "jp.member");
    }
}
