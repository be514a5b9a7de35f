package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.member.demo.SyntheticMember;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.PointsInvariants;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
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
 * Regression tests for what the outside attack test of issue 11 found in the API: loose JSON types, earns of 0
 * points, no limits on requests, wrong secrets and enrolments, duplicate enrolments, full personal records for any
 * channel client, and API clients nobody watched. Each failed before its fix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiHardeningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    WebClient http;

    @BeforeEach
    void client() throws Exception {
        http = new WebClient(base.toURI());
    }

    @Test
    @DisplayName("JSON of the wrong type is refused naming the field, never its value, and nothing is recorded")
    void strictTypes() throws Exception {
        ApiClient till = ApiClient.register(http, Roles.POS);
        TestMembers.Created member = TestMembers.create();
        String card = member.memberNumber();

        List<String> bodies = List.of(
                earn("\"" + card + "\"", "\"S-1\"", "1.5", "\"t-" + UUID.randomUUID() + "\""),
                earn("\"" + card + "\"", "\"S-1\"", "\"100\"", "\"t-" + UUID.randomUUID() + "\""),
                earn("\"" + card + "\"", "\"S-1\"", "\"１００\"", "\"t-" + UUID.randomUUID() + "\""),
                earn("\"" + card + "\"", "123", "100", "\"t-" + UUID.randomUUID() + "\""),
                earn("\"" + card + "\"", "\"S-1\"", "100", "42"),
                earn(card, "\"S-1\"", "100", "\"t-" + UUID.randomUUID() + "\""),
                "[1, 2]");
        List<String> fields =
                List.of("amountYen", "amountYen", "amountYen", "storeCode", "transactionId", "cardNumber", "body");

        for (int i = 0; i < bodies.size(); i++) {
            HttpResponse<String> refused = till.post("/api/v1/points/earn", bodies.get(i));
            assertThat(refused.statusCode()).as(bodies.get(i)).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(refused.body())
                    .as(bodies.get(i))
                    .contains("\"code\":\"VALIDATION\"", "\"field\":\"" + fields.get(i) + "\"")
                    .doesNotContain("1.5", "１００", "123");
        }
        assertThat(PointsInvariants.entries(member.id())).isZero();
    }

    @Test
    @DisplayName("an enrolment with a gender that is not one of the values is refused; nothing is stored")
    void enumsExactly() throws Exception {
        ApiClient site = ApiClient.register(http, Roles.CHANNEL);
        SyntheticMember m = TestMembers.synthetic();
        long before = members();

        HttpResponse<String> refused = site.post("/api/v1/members", enrolment(m, ",\"gender\":\"X\""));
        HttpResponse<String> lowerCase = site.post("/api/v1/members", enrolment(m, ",\"gender\":\"female\""));

        for (HttpResponse<String> answer : List.of(refused, lowerCase)) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"field\":\"gender\"", "\"rule\":\"json.enum\"");
        }
        assertThat(members()).isEqualTo(before);
    }

    @Test
    @DisplayName("a purchase too small to earn a point is refused (422 NO_POINTS) and records nothing")
    void zeroPointEarnRefused() throws Exception {
        ApiClient till = ApiClient.register(http, Roles.POS);
        TestMembers.Created member = TestMembers.create();

        HttpResponse<String> refused = till.post(
                "/api/v1/points/earn",
                earn("\"" + member.memberNumber() + "\"", "\"S-1\"", "99", "\"t-" + UUID.randomUUID() + "\""));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\":\"NO_POINTS\"");
        assertThat(PointsInvariants.entries(member.id())).isZero();
    }

    @Test
    @DisplayName("a client beyond its request rate gets 429 with Retry-After as a problem document")
    void requestRateLimited() throws Exception {
        ApiClient till = ApiClient.register(http, Roles.POS).limit(1, 3, 0);

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = till.get("/api/v1/client");
            statuses.add(last.statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
        assertThat(last.headers().firstValue("Retry-After")).get().asString().matches("[1-9][0-9]*");
        assertThat(last.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(last.body()).contains("\"code\":\"RATE_LIMITED\"");
    }

    @Test
    @DisplayName(
            "after ten wrong secrets a client id is refused from that address even with the right one; others are not")
    void wrongSecretsThrottled() throws Exception {
        ApiClient attacked = ApiClient.register(http, Roles.POS);
        ApiClient other = ApiClient.register(http, Roles.POS);

        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            wrong.add(attacked.getWithWrongSecret("/api/v1/client").statusCode());
        }
        HttpResponse<String> right = attacked.get("/api/v1/client");

        assertThat(wrong.subList(0, 10)).containsOnly(401);
        assertThat(wrong.get(10)).isEqualTo(429);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(other.get("/api/v1/client").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("enrolments beyond the client's rate get 429; nothing beyond it is stored")
    void enrolmentsLimited() throws Exception {
        ApiClient site = ApiClient.register(http, Roles.CHANNEL).limit(600, 100, 20);
        long before = members();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(site.post("/api/v1/members", enrolment(TestMembers.synthetic(), ""))
                    .statusCode());
        }

        assertThat(statuses).containsExactly(201, 201, 429);
        assertThat(members()).isEqualTo(before + 2);
    }

    @Test
    @DisplayName("the same phone or e-mail with the same birth date is a DUPLICATE_CANDIDATE until the client confirms")
    void duplicateCandidates() throws Exception {
        ApiClient site = ApiClient.register(http, Roles.CHANNEL);
        SyntheticMember first = TestMembers.synthetic();
        HttpResponse<String> enrolled = site.post("/api/v1/members", enrolment(first, ""));
        assertThat(enrolled.statusCode()).isEqualTo(201);
        String firstNumber = ApiClient.field(enrolled.body(), "memberNumber");
        long before = members();
        String samePhone = enrolment(first, "").replace(first.email(), "other-" + first.email());

        HttpResponse<String> refused = site.post("/api/v1/members", samePhone);
        HttpResponse<String> confirmed = site.post(
                "/api/v1/members", samePhone.substring(0, samePhone.length() - 1) + ",\"confirmDuplicate\":true}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("\"code\":\"DUPLICATE_CANDIDATE\"")
                .doesNotContain(first.phone(), first.nameKanji());
        assertThat(confirmed.statusCode()).isEqualTo(201);
        assertThat(members()).isEqualTo(before + 1);
        assertThat(TestDatabase.rows(
                        "SELECT m.member_number FROM audit_entry a JOIN member m ON m.id = a.member_id"
                                + " WHERE a.event_type = 'MEMBER_DUPLICATE_REFUSED' AND a.actor = ?",
                        site.id()))
                .as("the refusal is on record with the member the client learned of: the monitoring rules count it")
                .singleElement()
                .satisfies(row -> assertThat(row[0]).isEqualTo(firstNumber));
    }

    @Test
    @DisplayName("a channel client reads masked fields unless its scope names them; the read records its scope")
    void fieldScope() throws Exception {
        ApiClient site = ApiClient.register(http, Roles.CHANNEL);
        TestMembers.Created member = TestMembers.create();
        String path = "/api/v1/members/" + member.memberNumber();

        HttpResponse<String> masked = site.get(path);
        site.grantFields("name_kana", "email");
        HttpResponse<String> scoped = site.get(path);

        assertThat(masked.statusCode()).isEqualTo(200);
        assertThat(masked.body())
                .doesNotContain(
                        member.data().phone(),
                        member.data().email(),
                        member.data().nameKana())
                .contains("\"maskedFields\":[\"nameKanji\",\"nameKana\",\"birthDate\"");
        assertThat(scoped.body())
                .contains(member.data().nameKana(), member.data().email())
                .doesNotContain(member.data().phone(), member.data().birthDate().toString());
        List<Object[]> reads = TestDatabase.rows(
                "SELECT fields, target FROM audit_entry WHERE event_type = 'PERSONAL_DATA_READ' AND member_id = ?"
                        + " AND actor = ? ORDER BY id",
                member.id(),
                site.id());
        assertThat(reads).hasSize(2);
        assertThat(reads.get(0)[0]).isEqualTo("");
        assertThat((String) reads.get(0)[1]).startsWith("masked:name_kanji,name_kana,birth_date");
        assertThat(reads.get(1)[0]).isEqualTo("name_kana,email");
    }

    @Test
    @DisplayName(
            "a channel client reading 31 members, and one trying numbers, each raise an alert; the second is disabled")
    void clientsAreWatched() throws Exception {
        ApiClient reader = ApiClient.register(http, Roles.CHANNEL);
        ApiClient guesser = ApiClient.register(http, Roles.CHANNEL);
        TestDatabase.update("UPDATE alert_rule SET auto_suspend = TRUE WHERE code = 'CLIENT_ENUMERATION'");
        try {
            for (int i = 0; i < 31; i++) {
                assertThat(reader.get("/api/v1/members/" + TestMembers.create().memberNumber())
                                .statusCode())
                        .isEqualTo(200);
            }
            for (int i = 0; i < 11; i++) {
                assertThat(guesser.get("/api/v1/members/" + randomNumber()).statusCode())
                        .isEqualTo(404);
            }

            awaitAlert("CLIENT_MEMBERS_PER_HOUR", reader.id());
            awaitAlert("CLIENT_ENUMERATION", guesser.id());
        } finally {
            TestDatabase.update("UPDATE alert_rule SET auto_suspend = FALSE WHERE code = 'CLIENT_ENUMERATION'");
        }
        assertThat(TestDatabase.scalar("SELECT enabled FROM api_client WHERE client_id = ?", guesser.id()))
                .isEqualTo(false);
        assertThat(guesser.get("/api/v1/client").statusCode()).isEqualTo(401);
        assertThat(TestDatabase.scalar("SELECT enabled FROM api_client WHERE client_id = ?", reader.id()))
                .isEqualTo(true);
    }

    private static void awaitAlert(String rule, String clientId) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (((Number) TestDatabase.scalar(
                                "SELECT COUNT(*) FROM alert WHERE rule_code = ? AND actor = ? AND actor_kind = 'CLIENT'",
                                rule,
                                clientId))
                        .longValue()
                == 0) {
            assertThat(System.nanoTime())
                    .as("an alert " + rule + " for " + clientId)
                    .isLessThan(until);
            Thread.sleep(500);
        }
    }

    /** A well-formed 12-digit number that is almost certainly nobody's. */
    private static String randomNumber() {
        return String.format("%012d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000_000L));
    }

    private static String earn(String card, String store, String amount, String transaction) {
        return "{\"cardNumber\":" + card + ",\"storeCode\":" + store + ",\"amountYen\":" + amount
                + ",\"transactionId\":" + transaction + "}";
    }

    private static String enrolment(SyntheticMember m, String extra) {
        return TestMembers.enrolmentJson(m, "WEB", extra);
    }

    private static long members() throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM member")).longValue();
    }
}
