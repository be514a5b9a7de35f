package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import jp.member.demo.SyntheticMember;
import jp.member.members.validation.MemberNumbers;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI description against the running API: every operation and every response code the file documents is
 * produced by a request here, with the documented content type, and every request here is documented — so the
 * description cannot promise an operation or an answer the API does not give (issue 11 found /v1/client documented
 * for any client while CHANNEL got 403, and a contact change documented as partial while it refused one part).
 * Response bodies are not validated against the schemas here; the API tests assert the fields they use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiContractIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    /** One request that should produce the documented response. */
    @FunctionalInterface
    interface Scenario {
        HttpResponse<String> run() throws Exception;
    }

    @Test
    @DisplayName("every documented operation and response code happens, and nothing undocumented is tested")
    void descriptionMatchesBehaviour() throws Exception {
        Map<String, Scenario> scenarios = scenarios();

        TreeSet<String> documented = documented();
        assertThat(new TreeSet<>(scenarios.keySet()))
                .as("documented responses (left) against the scenarios of this test")
                .isEqualTo(documented);
        SoftAssertions softly = new SoftAssertions();
        for (var scenario : scenarios.entrySet()) {
            int expected = Integer.parseInt(
                    scenario.getKey().substring(scenario.getKey().lastIndexOf(' ') + 1));
            HttpResponse<String> answer = scenario.getValue().run();
            softly.assertThat(answer.statusCode())
                    .as(scenario.getKey() + " " + answer.body())
                    .isEqualTo(expected);
            if (expected >= 400) {
                softly.assertThat(answer.headers().firstValue("Content-Type"))
                        .as(scenario.getKey())
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
            if (expected == 429) {
                softly.assertThat(answer.headers().firstValue("Retry-After"))
                        .as(scenario.getKey())
                        .isPresent();
            }
        }
        softly.assertAll();
    }

    @Test
    @DisplayName("the SBOM the build wrote is served to monitoring tools and shown to administrators, not to agents")
    void softwareInventory() throws Exception {
        WebClient http = new WebClient(base.toURI());
        ApiClient monitor = ApiClient.register(http, Roles.MONITOR);
        String admin = TestDatabase.uniqueUsername("admin");
        TestDatabase.insertStaff(admin, "kumo-no-ue-2026", false, Roles.ADMIN);
        String agent = TestDatabase.uniqueUsername("agent");
        TestDatabase.insertStaff(agent, "kumo-no-ue-2026", false, Roles.AGENT);

        HttpResponse<String> sbom = monitor.get("/api/v1/ops/sbom");
        http.signIn(admin, "kumo-no-ue-2026");
        HttpResponse<String> page = http.get("/admin/software.xhtml");
        WebClient agentHttp = new WebClient(base.toURI());
        agentHttp.signIn(agent, "kumo-no-ue-2026");

        assertThat(sbom.statusCode()).isEqualTo(200);
        assertThat(sbom.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/vnd.cyclonedx+json");
        assertThat(sbom.body()).contains("\"bomFormat\" : \"CycloneDX\"", "\"name\" : \"primefaces\"");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ソフトウェア構成", "primefaces", "15.0.13", "MIT", "0.1.0-SNAPSHOT");
        assertThat(agentHttp.get("/admin/software.xhtml").statusCode()).isEqualTo(403);
    }

    /** "METHOD /path code" for every response of every operation in the description served (paths under /api). */
    private TreeSet<String> documented() throws Exception {
        Map<String, Object> root =
                new Yaml().load(new WebClient(base.toURI()).get("/openapi.yaml").body());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) root.get("paths");
        TreeSet<String> keys = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            responses.keySet().forEach(code -> keys.add(method.toUpperCase() + " " + path + " " + code));
        }));
        return keys;
    }

    private Map<String, Scenario> scenarios() throws Exception {
        WebClient http = new WebClient(base.toURI());
        ApiClient pos = ApiClient.register(http, Roles.POS).limit(60_000, 1_000, 0);
        ApiClient site = ApiClient.register(http, Roles.CHANNEL).limit(60_000, 1_000, 60_000);
        ApiClient slowPos = ApiClient.register(http, Roles.POS).limit(1, 1, 0);
        ApiClient slowSite = ApiClient.register(http, Roles.CHANNEL).limit(1, 1, 0);
        ApiClient monitor = ApiClient.register(http, Roles.MONITOR);
        ApiClient slowMonitor = ApiClient.register(http, Roles.MONITOR).limit(1, 1, 0);
        TestMembers.Created member = TestMembers.create();
        TestMembers.Created spender = TestMembers.create();
        String card = member.memberNumber();
        String blocked = lostCardOf(TestMembers.create());
        String nobody = MemberNumbers.random(new SecureRandom());
        String earned = tx();
        String redeemed = tx();
        String spenderEarn = tx();
        SyntheticMember enrolled = TestMembers.synthetic();

        Map<String, Scenario> s = new LinkedHashMap<>();
        // who am I: any client
        s.put("GET /v1/client 200", () -> site.get("/api/v1/client"));
        s.put("GET /v1/client 401", () -> anonymous(http, "GET", "/api/v1/client", null));
        s.put("GET /v1/client 429", () -> twice(slowSite, "GET", "/api/v1/client", null));
        // cards (POS)
        for (String what : new String[] {"status", "points"}) {
            String path = "/v1/cards/{number}/" + what;
            s.put("GET " + path + " 200", () -> pos.get(api(path, card)));
            s.put("GET " + path + " 401", () -> anonymous(http, "GET", api(path, card), null));
            s.put("GET " + path + " 403", () -> site.get(api(path, card)));
            s.put("GET " + path + " 404", () -> pos.get(api(path, nobody)));
            s.put("GET " + path + " 422", () -> pos.get(api(path, blocked)));
            s.put("GET " + path + " 429", () -> twice(slowPos, "GET", api(path, card), null));
        }
        // points (POS)
        String earnPath = "/v1/points/earn";
        s.put("POST " + earnPath + " 200", () -> pos.post(api(earnPath), earn(card, 1_000, earned)));
        s.put("POST " + earnPath + " 400", () -> pos.post(api(earnPath), earn(card, "\"1000\"", tx())));
        s.put("POST " + earnPath + " 401", () -> anonymous(http, "POST", api(earnPath), earn(card, 1_000, tx())));
        s.put("POST " + earnPath + " 403", () -> site.post(api(earnPath), earn(card, 1_000, tx())));
        s.put("POST " + earnPath + " 404", () -> pos.post(api(earnPath), earn(nobody, 1_000, tx())));
        s.put("POST " + earnPath + " 409", () -> pos.post(api(earnPath), earn(card, 2_000, earned)));
        s.put("POST " + earnPath + " 422", () -> pos.post(api(earnPath), earn(card, 99, tx())));
        s.put("POST " + earnPath + " 429", () -> twice(slowPos, "POST", api(earnPath), earn(card, 1_000, tx())));
        String redeemPath = "/v1/points/redeem";
        s.put("POST " + redeemPath + " 200", () -> pos.post(api(redeemPath), redeem(card, 1, redeemed)));
        s.put(
                "POST " + redeemPath + " 400",
                () -> pos.post(api(redeemPath), redeem(card, 1, tx()).replace("\"points\":1", "\"points\":1.5")));
        s.put("POST " + redeemPath + " 401", () -> anonymous(http, "POST", api(redeemPath), redeem(card, 1, tx())));
        s.put("POST " + redeemPath + " 403", () -> site.post(api(redeemPath), redeem(card, 1, tx())));
        s.put("POST " + redeemPath + " 404", () -> pos.post(api(redeemPath), redeem(nobody, 1, tx())));
        s.put("POST " + redeemPath + " 409", () -> pos.post(api(redeemPath), redeem(card, 2, redeemed)));
        s.put("POST " + redeemPath + " 422", () -> pos.post(api(redeemPath), redeem(card, 1_000_000, tx())));
        s.put("POST " + redeemPath + " 429", () -> twice(slowPos, "POST", api(redeemPath), redeem(card, 1, tx())));
        String reversePath = "/v1/points/reversals";
        s.put("POST " + reversePath + " 200", () -> pos.post(api(reversePath), reversal(redeemed, tx())));
        s.put("POST " + reversePath + " 400", () -> pos.post(api(reversePath), "{\"originalTransactionId\":7}"));
        s.put(
                "POST " + reversePath + " 401",
                () -> anonymous(http, "POST", api(reversePath), reversal(redeemed, tx())));
        s.put("POST " + reversePath + " 403", () -> site.post(api(reversePath), reversal(redeemed, tx())));
        s.put("POST " + reversePath + " 404", () -> pos.post(api(reversePath), reversal("never-sent-" + tx(), tx())));
        s.put("POST " + reversePath + " 409", () -> pos.post(api(reversePath), reversal(redeemed, tx())));
        s.put("POST " + reversePath + " 422", () -> {
            pos.post(api(earnPath), earn(spender.memberNumber(), 1_000, spenderEarn));
            pos.post(api(redeemPath), redeem(spender.memberNumber(), 10, tx()));
            return pos.post(api(reversePath), reversal(spenderEarn, tx()));
        });
        s.put("POST " + reversePath + " 429", () -> twice(slowPos, "POST", api(reversePath), reversal(redeemed, tx())));
        // members (CHANNEL)
        String members = "/v1/members";
        s.put("POST " + members + " 201", () -> site.post(api(members), enrolment(enrolled, "WEB")));
        s.put(
                "POST " + members + " 400",
                () -> site.post(
                        api(members),
                        enrolment(TestMembers.synthetic(), "WEB")
                                .replaceFirst("\"birthDate\":\"[^\"]*\"", "\"birthDate\":\"1990-02-30\"")));
        s.put(
                "POST " + members + " 401",
                () -> anonymous(http, "POST", api(members), enrolment(TestMembers.synthetic(), "WEB")));
        s.put("POST " + members + " 403", () -> pos.post(api(members), enrolment(TestMembers.synthetic(), "WEB")));
        s.put("POST " + members + " 409", () -> site.post(api(members), enrolment(enrolled, "WEB")));
        s.put("POST " + members + " 422", () -> site.post(api(members), enrolment(TestMembers.synthetic(), "STORE")));
        s.put(
                "POST " + members + " 429",
                () -> twice(slowSite, "POST", api(members), enrolment(TestMembers.synthetic(), "WEB")));
        String record = "/v1/members/{number}";
        s.put("GET " + record + " 200", () -> site.get(api(record, card)));
        s.put("GET " + record + " 401", () -> anonymous(http, "GET", api(record, card), null));
        s.put("GET " + record + " 403", () -> pos.get(api(record, card)));
        s.put("GET " + record + " 404", () -> site.get(api(record, nobody)));
        s.put("GET " + record + " 422", () -> site.get(api(record, blocked)));
        s.put("GET " + record + " 429", () -> twice(slowSite, "GET", api(record, card), null));
        String contact = "/v1/members/{number}/contact";
        String building = "{\"building\":\"新ビル 3F\"}";
        s.put("PUT " + contact + " 204", () -> site.send("PUT", api(contact, card), building));
        s.put("PUT " + contact + " 400", () -> site.send("PUT", api(contact, card), "{\"postalCode\":\"abc\"}"));
        s.put("PUT " + contact + " 401", () -> anonymous(http, "PUT", api(contact, card), building));
        s.put("PUT " + contact + " 403", () -> pos.send("PUT", api(contact, card), building));
        s.put("PUT " + contact + " 404", () -> site.send("PUT", api(contact, nobody), building));
        s.put("PUT " + contact + " 422", () -> site.send("PUT", api(contact, blocked), building));
        s.put("PUT " + contact + " 429", () -> twice(slowSite, "PUT", api(contact, card), building));
        String consent = "/v1/members/{number}/consents/{channel}";
        String granted = "{\"granted\":true}";
        s.put("PUT " + consent + " 204", () -> site.send("PUT", api(consent, card), granted));
        s.put("PUT " + consent + " 400", () -> site.send("PUT", api(consent, card), "{\"granted\":\"yes\"}"));
        s.put("PUT " + consent + " 401", () -> anonymous(http, "PUT", api(consent, card), granted));
        s.put("PUT " + consent + " 403", () -> pos.send("PUT", api(consent, card), granted));
        s.put("PUT " + consent + " 404", () -> site.send("PUT", api(consent, nobody), granted));
        s.put("PUT " + consent + " 422", () -> site.send("PUT", api(consent, blocked), granted));
        s.put("PUT " + consent + " 429", () -> twice(slowSite, "PUT", api(consent, card), granted));
        // operations (MONITOR)
        for (String what : new String[] {"status", "sbom"}) {
            String path = "/v1/ops/" + what;
            s.put("GET " + path + " 200", () -> monitor.get(api(path)));
            s.put("GET " + path + " 401", () -> anonymous(http, "GET", api(path), null));
            s.put("GET " + path + " 403", () -> pos.get(api(path)));
            s.put("GET " + path + " 429", () -> twice(slowMonitor, "GET", api(path), null));
        }
        return s;
    }

    /** The path under /api with the parameters filled in: the member number, and the consent channel "sms". */
    private static String api(String template, String... number) {
        String path = number.length == 0 ? template : template.replace("{number}", number[0]);
        return "/api" + path.replace("{channel}", "sms");
    }

    /** A second call by a client allowed one request a minute: the first may pass, the second is over the rate. */
    private static HttpResponse<String> twice(ApiClient client, String method, String path, String body)
            throws Exception {
        client.send(method, path, body);
        return client.send(method, path, body);
    }

    private static HttpResponse<String> anonymous(WebClient http, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build());
    }

    /** A member whose card number (not its current one) was reported lost: that number is blocked. */
    private static String lostCardOf(TestMembers.Created member) throws Exception {
        String lost = MemberNumbers.random(new SecureRandom());
        TestDatabase.update(
                "INSERT INTO retired_number (member_number, member_id, reason, retired_at) VALUES (?, ?, 'LOST', ?)",
                lost,
                member.id(),
                Timestamp.from(Instant.now()));
        return lost;
    }

    private static String tx() {
        return "c-" + UUID.randomUUID();
    }

    private static String earn(String card, long yen, String transaction) {
        return earn(card, String.valueOf(yen), transaction);
    }

    /** An earn whose amount is the given JSON text. */
    private static String earn(String card, String amountJson, String transaction) {
        return "{\"cardNumber\":\"" + card + "\",\"storeCode\":\"S-1\",\"amountYen\":" + amountJson
                + ",\"transactionId\":\"" + transaction + "\"}";
    }

    private static String redeem(String card, long points, String transaction) {
        return "{\"cardNumber\":\"" + card + "\",\"storeCode\":\"S-1\",\"points\":" + points + ",\"transactionId\":\""
                + transaction + "\"}";
    }

    private static String reversal(String original, String transaction) {
        return "{\"originalTransactionId\":\"" + original + "\",\"transactionId\":\"" + transaction + "\"}";
    }

    private static String enrolment(SyntheticMember m, String channel) {
        return TestMembers.enrolmentJson(m, channel, "");
    }
}
