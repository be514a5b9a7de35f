package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.member.it.failing.FailingBacking;
import jp.member.it.failing.FailingResource;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.ServerLog;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence for OWASP ASVS requirements that no other test proves (docs/security/asvs.md names each test here). The
 * deployment carries a page and an API call that fail on purpose, with canary values in their messages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsvsEvidenceIT {

    private static final String PASSWORD = "yuki-no-hi-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName(
            "16.5.1, 16.3.4: an unexpected failure shows an incident id only; the log has the id and the frames, no message")
    void unexpectedFailures() throws Exception {
        WebClient agent = signedIn(Roles.AGENT);
        ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);

        HttpResponse<String> page = agent.get("/test-failure.xhtml");
        HttpResponse<String> api = till.get("/api/v1/test-failure");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(api.statusCode()).isEqualTo(500);
        String pageIncident = find(page.body(), "問い合わせ番号 ([0-9a-f]{12})");
        String apiIncident = find(api.body(), "incident ([0-9a-f-]{36})");
        for (HttpResponse<String> answer : List.of(page, api)) {
            assertThat(answer.body())
                    .doesNotContain(
                            "Exception", "java.", "jp.member", "\tat ", "カナリア", "could not show", "could not handle");
        }
        ServerLog.awaitWritten();
        String log = ServerLog.read();
        assertThat(log).contains("Incident " + pageIncident, "API failure " + apiIncident);
        assertThat(record(log, "Incident " + pageIncident)).contains("FailingBacking.fail(");
        assertThat(record(log, "API failure " + apiIncident)).contains("FailingResource.fail(");
        assertThat(log).doesNotContain(FailingBacking.CANARY, FailingResource.CANARY);
    }

    @Test
    @DisplayName("16.3.2: a refused page and a refused API call are recorded in the audit trail with who and what")
    void refusedAccessIsRecorded() throws Exception {
        String agentName = TestDatabase.uniqueUsername("agent");
        TestDatabase.insertStaff(agentName, PASSWORD, false, Roles.AGENT);
        WebClient agent = new WebClient(base.toURI());
        agent.signIn(agentName, PASSWORD);
        ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);

        assertThat(agent.get("/admin/staff.xhtml").statusCode()).isEqualTo(403);
        assertThat(till.get("/api/v1/members/" + TestMembers.create().memberNumber())
                        .statusCode())
                .isEqualTo(403);
        assertThat(till.get("/api/v1/ops/status").statusCode()).isEqualTo(403);
        assertThat(till.get("/api/v1/members/1234-5678-9012").statusCode())
                .as("a number with separators")
                .isEqualTo(403);

        assertThat(denials(agentName)).singleElement().asString().endsWith("admin/staff.xhtml");
        assertThat(denials(till.id()))
                .hasSize(3)
                .noneSatisfy(target -> assertThat((String) target).contains("5678"))
                .anySatisfy(
                        target -> assertThat((String) target).startsWith("GET ").contains("/api/v1/members/#"))
                .anySatisfy(target -> assertThat((String) target).endsWith("/api/v1/ops/status"));
        assertThat(TestDatabase.rows(
                        "SELECT DISTINCT client_address FROM audit_entry WHERE event_type = 'ACCESS_DENIED'"
                                + " AND actor IN (?, ?)",
                        agentName,
                        till.id()))
                .as("where the refused requests came from, also when a security constraint refused them")
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("127.0.0.1"));
    }

    @Test
    @DisplayName("16.3.1: a wrong API secret is recorded with the client id as sent and the address, never the secret")
    void refusedApiCredentialsAreRecorded() throws Exception {
        ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);

        assertThat(till.getWithWrongSecret("/api/v1/client").statusCode()).isEqualTo(401);

        assertThat(TestDatabase.rows(
                        "SELECT actor_kind, client_address, outcome FROM audit_entry"
                                + " WHERE event_type = 'API_AUTHENTICATION_FAILED' AND actor = ?",
                        till.id()))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("CLIENT", "127.0.0.1", "FAILURE"));
    }

    @Test
    @DisplayName("6.3.3: staff in any role with a password alone reach nothing but the set-up of the second factor")
    void staffNeedASecondFactor() throws Exception {
        Map<String, String> homes = Map.of(
                Roles.AGENT, "/agent/home.xhtml",
                Roles.MANAGER, "/manager/home.xhtml",
                Roles.AUDITOR, "/auditor/home.xhtml",
                Roles.PRIVACY_OFFICER, "/privacy/home.xhtml",
                Roles.ADMIN, "/admin/home.xhtml");
        assertThat(homes.keySet()).containsExactlyInAnyOrderElementsOf(Roles.STAFF);
        for (Map.Entry<String, String> home : homes.entrySet()) {
            String username = TestDatabase.uniqueUsername(home.getKey().toLowerCase(Locale.ROOT));
            TestDatabase.insertStaffWithoutSecondFactor(username, PASSWORD, home.getKey());
            WebClient staff = new WebClient(base.toURI());

            staff.signIn(username, PASSWORD);

            for (String page : List.of(home.getValue(), "/members/search.xhtml")) {
                HttpResponse<String> answer = staff.get(page);
                assertThat(answer.statusCode()).as(home.getKey() + " " + page).isEqualTo(302);
                assertThat(WebClient.location(answer)).as(page).endsWith("/account/second-factor.xhtml");
            }
            assertThat(staff.get("/account/second-factor.xhtml").statusCode()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("16.3.1: the right password with a wrong one-time code signs nobody in and is recorded as a failure")
    void wrongOneTimeCodeIsAFailedSignIn() throws Exception {
        String username = TestDatabase.uniqueUsername("agent");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        String right = TestDatabase.oneTimeCode(username);
        String wrong = right.substring(0, 5) + (char) ('0' + (right.charAt(5) - '0' + 1) % 10);
        WebClient agent = new WebClient(base.toURI());

        agent.press(
                "/login.xhtml", "login", "submit", Map.of("username", username, "password", PASSWORD, "code", wrong));

        assertThat(WebClient.location(agent.get("/agent/home.xhtml"))).endsWith("/login.xhtml");
        assertThat(TestDatabase.rows("SELECT outcome, client_address FROM sign_in_event WHERE username = ?", username))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("FAILURE", "127.0.0.1"));
    }

    @Test
    @DisplayName("1.2.4: SQL in every kind of input stays data: API fields, an enrolment, the agents' search fields")
    void sqlInjectionIsInert() throws Exception {
        ApiClient till = ApiClient.register(new WebClient(base.toURI()), Roles.POS);
        ApiClient site = ApiClient.register(new WebClient(base.toURI()), Roles.CHANNEL);
        site.grantFields("name_kanji", "street");
        long members = count("SELECT COUNT(*) FROM member");
        String payload = "x' OR '1'='1'; DROP TABLE member; -- ";

        HttpResponse<String> earn = till.post(
                "/api/v1/points/earn",
                "{\"cardNumber\":\"" + payload + "\",\"storeCode\":\"" + payload + "\",\"amountYen\":100,"
                        + "\"transactionId\":\"" + payload + "\"}");
        var m = TestMembers.synthetic();
        String enrolment = TestMembers.enrolmentJson(m, "WEB", "")
                .replace(
                        "\"street\":\"" + m.street() + "\"",
                        "\"street\":\"1-2-3 " + payload.replace("'", "\\u0027") + "\"");
        HttpResponse<String> enrolled = site.post("/api/v1/members", enrolment);
        String number = ApiClient.field(enrolled.body(), "memberNumber");
        HttpResponse<String> read = site.get("/api/v1/members/" + number);

        assertThat(earn.statusCode()).isEqualTo(400);
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(read.body()).contains("DROP TABLE member");
        assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(members + 1);

        WebClient agent = signedIn(Roles.AGENT);
        for (Map.Entry<String, String> search : Map.of(
                        "PHONE", "090' OR '1'='1",
                        "EMAIL", "a@b.jp' OR '1'='1",
                        "NUMBER", "1' OR '1'='1")
                .entrySet()) {
            HttpResponse<String> answer = agent.press(
                    "/members/search.xhtml",
                    "search",
                    "submit",
                    Map.of("kind", search.getKey(), "term", search.getValue()));
            assertThat(answer.statusCode()).as(search.getKey()).isEqualTo(200);
            assertThat(answer.body())
                    .as(search.getKey() + ": the search page again, signed in, nobody found, no internals")
                    .contains("search:term")
                    .doesNotContain("members/detail.xhtml", "SQL", "Exception");
        }
        assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(members + 1);
    }

    @Test
    @DisplayName("14.2.1: the agent's pages carry no personal data or search term in any address")
    void noPersonalDataInUrls() throws Exception {
        TestMembers.Created member = TestMembers.create();
        WebClient agent = signedIn(Roles.AGENT);

        HttpResponse<String> results = agent.press(
                "/members/search.xhtml",
                "search",
                "submit",
                Map.of("kind", "PHONE", "term", member.data().phone()));
        String detailPath = find(results.body(), "href=\"([^\"]*members/detail\\.xhtml[^\"]*)\"")
                .replace("&amp;", "&");
        HttpResponse<String> detail = agent.get(detailPath.substring(detailPath.indexOf("/members/")));

        String digits = member.data().phone().replaceAll("\\D", "");
        for (HttpResponse<String> page : List.of(results, detail)) {
            Matcher links = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(page.body());
            while (links.find()) {
                String link = java.net.URLDecoder.decode(links.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
                assertThat(link.replaceAll("\\D", ""))
                        .as(link)
                        .doesNotContain(digits)
                        .doesNotContain(member.memberNumber());
                assertThat(link.toLowerCase(Locale.ROOT))
                        .as(link)
                        .doesNotContain(member.data().email().toLowerCase(Locale.ROOT))
                        .doesNotContain(URLEncoder.encode(member.data().nameKana(), StandardCharsets.UTF_8));
            }
        }
        assertThat(detail.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "13.4.3, 13.4.5: no directory listing; the server's health, metrics and OpenAPI endpoints are not served")
    void nothingListedOrExposed() throws Exception {
        WebClient agent = signedIn(Roles.AGENT);
        URI root = URI.create(base.getProtocol() + "://" + base.getAuthority() + "/");
        WebClient server = new WebClient(root);

        for (String folder :
                List.of("/resources/", "/jakarta.faces.resource/", "/members/", "/WEB-INF/", "/META-INF/")) {
            HttpResponse<String> answer = agent.get(folder);
            assertThat(answer.statusCode()).as(folder).isIn(302, 403, 404);
            assertThat(answer.body())
                    .as(folder)
                    .doesNotContainIgnoringCase("index of")
                    .doesNotContain(".xhtml</a>");
        }
        for (String endpoint : List.of("/health", "/metrics", "/openapi")) {
            HttpResponse<String> answer = server.get(endpoint);
            assertThat(answer.statusCode()).as(endpoint).isNotEqualTo(200);
        }
    }

    @Test
    @DisplayName("16.4.1: CR and LF in a path cannot forge a line in the server log")
    void logInjectionNeutralised() throws Exception {
        // letters only: the log hides runs of six digits and more
        String forged = "FORGED-"
                + new java.util.Random()
                        .ints(16, 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        WebClient agent = signedIn(Roles.AGENT);
        String path = base.getPath() + "test-failure.xhtml;x=%0d%0a%5BSEVERE%5D%20" + forged;

        HttpResponse<String> answer =
                agent.send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getAuthority() + path))
                        .build());

        assertThat(answer.statusCode()).isEqualTo(500);
        ServerLog.awaitWritten();
        List<String> lines =
                ServerLog.read().lines().filter(line -> line.contains(forged)).toList();
        assertThat(lines).as("the failure is logged with the path as sent").isNotEmpty();
        // the failure log decodes the path (to hide numbers however they are written): OneLine keeps it one line
        assertThat(lines)
                .allSatisfy(
                        line -> assertThat(line).doesNotStartWith("[SEVERE]").contains("??[SEVERE]"));
    }

    private WebClient signedIn(String role) throws Exception {
        String username = TestDatabase.uniqueUsername(role.toLowerCase(Locale.ROOT));
        TestDatabase.insertStaff(username, PASSWORD, false, role);
        WebClient client = new WebClient(base.toURI());
        client.signIn(username, PASSWORD);
        return client;
    }

    private static List<Object> denials(String actor) throws Exception {
        return TestDatabase.rows(
                        "SELECT target FROM audit_entry WHERE event_type = 'ACCESS_DENIED' AND actor = ? ORDER BY id",
                        actor)
                .stream()
                .map(row -> row[0])
                .toList();
    }

    private static long count(String sql) throws Exception {
        return ((Number) TestDatabase.scalar(sql)).longValue();
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find())
                .as(regex + " in " + text.substring(0, Math.min(text.length(), 500)))
                .isTrue();
        return matcher.group(1);
    }

    /** The log record that begins with the text, up to the next record. */
    private static String record(String log, String start) {
        String rest = log.substring(log.indexOf(start));
        return rest.contains("\n\n[") ? rest.substring(0, rest.indexOf("\n\n[")) : rest;
    }
}
