package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.ListeningPorts;
import jp.member.testsupport.ServerLog;
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

/**
 * Regression tests for what the outside attack test of issue 11 found in the pages and the HTTP layer: each one
 * failed before its fix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttackRegressionIT {

    private static final String PASSWORD = "kaki-no-tane-2026";

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
    @DisplayName("a sign-in posted from another site (login CSRF) is refused; one from our own page signs in")
    // Chromium posts our own forms with Origin: null (Referrer-Policy: no-referrer) and Sec-Fetch-Site: same-origin
    void loginFromForeignOriginRefused() throws Exception {
        String username = staff(Roles.AGENT);
        String own = base.getProtocol() + "://" + base.getAuthority();

        HttpResponse<String> forged = client.signIn(username, PASSWORD, "Origin", "https://evil.example");
        HttpResponse<String> sandboxed = client.signIn(username, PASSWORD, "Origin", "null");
        HttpResponse<String> crossSite =
                client.signIn(username, PASSWORD, "Origin", own, "Sec-Fetch-Site", "cross-site");
        long signInsAfterForgeries = TestDatabase.signInEvents(username, "SUCCESS");
        HttpResponse<String> genuine =
                client.signIn(username, PASSWORD, "Origin", "null", "Sec-Fetch-Site", "same-origin");

        for (HttpResponse<String> refused : java.util.List.of(forged, sandboxed, crossSite)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("画面の有効期限が切れたか");
        }
        assertThat(signInsAfterForgeries).isZero();
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(TestDatabase.signInEvents(username, "SUCCESS")).isEqualTo(1);
    }

    @Test
    @DisplayName("an Ajax post with a forged ViewState or nonce is sent to the neutral error page, no class name")
    void ajaxFailureNamesNoClass() throws Exception {
        client.signIn(staff(Roles.AGENT), PASSWORD);
        String page = client.get("/members/search.xhtml").body();

        HttpResponse<String> expired = ajax("/members/search.xhtml", "-123:456", WebClient.nonce(page));
        HttpResponse<String> badNonce = ajax("/members/search.xhtml", WebClient.viewState(page), "forged-nonce");

        for (HttpResponse<String> answer : java.util.List.of(expired, badNonce)) {
            assertThat(answer.body())
                    .as("partial response")
                    .doesNotContain("error-name", "Exception", "class ", "jakarta.", "org.primefaces")
                    .contains("<redirect url=\"" + base.getPath() + "error?kind=STALE_FORM\"");
        }
        HttpResponse<String> shown = client.get("/error?kind=STALE_FORM");
        assertThat(shown.statusCode()).isEqualTo(400);
        assertThat(shown.body()).contains("画面の有効期限が切れたか");
    }

    @Test
    @DisplayName("a post with a bad CSP nonce is one log line and a count, never a stack trace")
    void refusalIsOneLogLine() throws Exception {
        String line = "Refused STALE_FORM (400) POST " + base.getPath() + "login.xhtml";
        long before = ServerLog.occurrences(line);

        HttpResponse<String> refused = client.post(
                "/login.xhtml",
                Map.of(
                        "login", "login",
                        "login:username", "someone",
                        "login:password", "whatever-it-is",
                        "login:submit", "",
                        "jakarta.faces.ViewState", "stateless",
                        "primefaces.nonce", "not-the-nonce"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String log = awaitMore(line, before);
        String record = log.substring(log.lastIndexOf(line));
        record = record.contains("\n[") ? record.substring(0, record.indexOf("\n[")) : record;
        assertThat(record).matches("(?s)" + java.util.regex.Pattern.quote(line) + ", \\d+ since start.{0,40}");
        assertThat(log).doesNotContain("org.primefaces.csp.CspException");
    }

    @Test
    @DisplayName(
            "API errors the listener or container would answer are problem documents: a huge path or query, huge headers")
    void oversizedApiRequestsGetProblems() throws Exception {
        ApiClient till = ApiClient.register(client, Roles.POS);

        HttpResponse<String> longPath = till.get("/api/v1/cards/" + "1".repeat(10_000) + "/status");
        HttpResponse<String> longQuery = till.get("/api/v1/client?q=" + "x".repeat(5_000));
        HttpResponse<String> bigHeader = client.send(till.request("GET", "/api/v1/client", null)
                .header("X-Padding", "x".repeat(9_000))
                .build());

        assertThat(longPath.statusCode()).isEqualTo(414);
        assertThat(longQuery.statusCode()).isEqualTo(414);
        assertThat(bigHeader.statusCode()).isEqualTo(431);
        for (HttpResponse<String> answer : java.util.List.of(longPath, longQuery, bigHeader)) {
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(answer.headers().map() + " " + answer.body())
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"code\":\"TOO_LARGE\"");
        }
    }

    @Test
    @DisplayName("no WADL, and no response names the server")
    void nothingDisclosed() throws Exception {
        ApiClient till = ApiClient.register(client, Roles.POS);

        HttpResponse<String> wadl = till.get("/api/application.wadl");
        HttpResponse<String> options = till.send("OPTIONS", "/api/v1/client", null);
        HttpResponse<String> page = client.get("/login.xhtml");
        HttpResponse<String> missing = client.get("/no-such-thing");

        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(options.body()).doesNotContainIgnoringCase("wadl").doesNotContainIgnoringCase("jersey");
        for (HttpResponse<String> answer : java.util.List.of(wadl, options, page, missing)) {
            assertThat(answer.headers().firstValue("Server"))
                    .as(answer.uri().toString())
                    .isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By"))
                    .as(answer.uri().toString())
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("redirects do not take their host from the Host header")
    void redirectsIgnoreHostHeader() throws Exception {
        String toLogin = rawHead("GET " + base.getPath() + "admin/staff.xhtml HTTP/1.1");
        String toDirectory = rawHead("GET " + base.getPath() + "manager HTTP/1.1");

        for (String head : java.util.List.of(toLogin, toDirectory)) {
            assertThat(head).startsWith("HTTP/1.1 30").containsIgnoringCase("\nLocation: /");
            assertThat(head).doesNotContain("evil.example");
        }
    }

    @Test
    @DisplayName("a single instance opens no cluster port: the server listens on its HTTP port only")
    void noClusterPort() throws Exception {
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(System.getProperty("member.server.log")))
                .findFirst()
                .orElseThrow();

        assertThat(ListeningPorts.of(server.pid())).containsOnly(base.getPort());
    }

    /** The status line and headers the server answers to a request with a foreign Host header. */
    private String rawHead(String requestLine) throws Exception {
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((requestLine + "\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).replace("\r\n", "\n");
        }
    }

    /** The server log once the line appears more often than before (the log is written asynchronously). */
    private static String awaitMore(String line, long before) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            if (ServerLog.occurrences(line) > before || System.nanoTime() > until) {
                assertThat(ServerLog.occurrences(line)).as(line).isGreaterThan(before);
                return ServerLog.read();
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> ajax(String path, String viewState, String nonce) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "search:submit");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", "search");
        form.put("search", "search");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String staff(String role) throws Exception {
        String username = TestDatabase.uniqueUsername(role.toLowerCase(java.util.Locale.ROOT));
        TestDatabase.insertStaff(username, PASSWORD, false, role);
        return username;
    }
}
