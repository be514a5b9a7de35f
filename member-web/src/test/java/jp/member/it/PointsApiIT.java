package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** The points API as a till uses it, over HTTP: earn, redeem, reverse, balance; retries; errors; concurrency. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PointsApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    WebClient http;
    ApiClient till;

    @BeforeEach
    void client() throws Exception {
        http = new WebClient(base.toURI());
        // a busy store system: the concurrency test sends 160 requests at once (rate limits have tests of their own)
        till = ApiClient.register(http, Roles.POS).limit(60_000, 1_000, 0);
    }

    @Test
    @DisplayName("earn, redeem and reverse by card number; the balance shows what expires soon; no personal data")
    void earnRedeemReverse() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String earnId = tx();

        HttpResponse<String> earned = earn(member.memberNumber(), 12_345, earnId);
        HttpResponse<String> redeemed = till.post("/api/v1/points/redeem", redeem(member.memberNumber(), 23, tx()));
        HttpResponse<String> reversed = till.post(
                "/api/v1/points/reversals",
                "{\"originalTransactionId\":\"" + earnId + "\",\"transactionId\":\"" + tx() + "\"}");
        TestDatabase.update(
                "UPDATE point_lot SET expires_on = DATE_ADD(CURDATE(), INTERVAL 5 DAY) WHERE member_id = ?",
                member.id());
        HttpResponse<String> balance = till.get("/api/v1/cards/" + member.memberNumber() + "/points");

        assertThat(earned.statusCode()).isEqualTo(200);
        assertThat(ApiClient.number(earned.body(), "points")).isEqualTo(123);
        assertThat(ApiClient.number(redeemed.body(), "balance")).isEqualTo(100);
        assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(422);
        assertThat(reversed.body()).contains("\"code\":\"REVERSAL_EXCEEDS_BALANCE\"");
        assertThat(balance.statusCode()).isEqualTo(200);
        assertThat(ApiClient.number(balance.body(), "balance")).isEqualTo(100);
        assertThat(balance.body()).contains("\"expiringSoon\":[{", "\"points\":100");
        for (HttpResponse<String> response : List.of(earned, redeemed, balance)) {
            assertThat(response.body())
                    .doesNotContain(
                            member.data().nameKana(),
                            member.data().phone(),
                            member.data().email(),
                            member.data().birthDate().toString());
        }
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(100);
    }

    @Test
    @DisplayName("a retry returns the original receipt and earns once; the same id with another body is 409 DUPLICATE")
    void retries() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String id = tx();

        HttpResponse<String> first = earn(member.memberNumber(), 8_000, id);
        HttpResponse<String> retry = earn(member.memberNumber(), 8_000, id);
        HttpResponse<String> conflicting = earn(member.memberNumber(), 9_000, id);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(conflicting.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(conflicting.body()).contains("\"code\":\"DUPLICATE\"");
        assertThat(PointsInvariants.entries(member.id(), "EARN")).isEqualTo(1);
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(80);
    }

    @Test
    @DisplayName("refusals are problem documents with stable codes, and change nothing")
    void refusals() throws Exception {
        TestMembers.Created member = TestMembers.create();
        TestMembers.Created suspended = TestMembers.create();
        earn(member.memberNumber(), 1_000, tx());
        TestDatabase.update("UPDATE member SET status = 'SUSPENDED' WHERE id = ?", suspended.id());

        assertProblem(
                till.post("/api/v1/points/redeem", redeem(member.memberNumber(), 11, tx())),
                422,
                "INSUFFICIENT_POINTS");
        assertProblem(earn("123456789012", 1_000, tx()), 404, "UNKNOWN_CARD");
        assertProblem(earn(suspended.memberNumber(), 1_000, tx()), 422, "MEMBER_SUSPENDED");
        assertProblem(earn(member.memberNumber(), -5, tx()), 400, "VALIDATION");
        assertProblem(earn(member.memberNumber(), 1_000, "has spaces in it"), 400, "VALIDATION");
        assertProblem(till.post("/api/v1/points/earn", "{\"cardNumber\":"), 400, "VALIDATION");
        assertProblem(
                till.post(
                        "/api/v1/points/reversals",
                        "{\"originalTransactionId\":\"never-sent\",\"transactionId\":\"" + tx() + "\"}"),
                404,
                "UNKNOWN_TRANSACTION");
        assertThat(PointsInvariants.entries(member.id())).isEqualTo(1);
        assertThat(PointsInvariants.entries(suspended.id())).isZero();
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(10);
    }

    @Test
    @DisplayName("16 tills redeem and earn on one member at once: no overdraft, no lost update, balance = ledger")
    void concurrentTills() throws Exception {
        TestMembers.Created member = TestMembers.create();
        earn(member.memberNumber(), 30_000, tx());
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> changes = new ConcurrentLinkedQueue<>();
        ExecutorService tills = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            boolean earner = t % 4 == 0;
            work.add(tills.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    HttpResponse<String> response = earner
                            ? earn(member.memberNumber(), 1_000, tx())
                            : till.post("/api/v1/points/redeem", redeem(member.memberNumber(), 10, tx()));
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 200) {
                        changes.add(ApiClient.number(response.body(), "points"));
                        assertThat(ApiClient.number(response.body(), "balance")).isNotNegative();
                    } else {
                        assertThat(response.body()).contains("\"code\":\"INSUFFICIENT_POINTS\"");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        tills.shutdown();

        long expected = 300 + changes.stream().mapToLong(Long::longValue).sum();
        assertThat(statuses).hasSize(160).containsOnly(200, 422);
        assertThat(statuses).filteredOn(s -> s == 422).isNotEmpty();
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(expected);
        assertThat(PointsInvariants.entries(member.id())).isEqualTo(1 + changes.size());
    }

    private HttpResponse<String> earn(String card, long yen, String id) throws Exception {
        return till.post(
                "/api/v1/points/earn",
                "{\"cardNumber\":\"" + card + "\",\"storeCode\":\"S-001\",\"amountYen\":" + yen
                        + ",\"transactionId\":\"" + id + "\"}");
    }

    private static String redeem(String card, long points, String id) {
        return "{\"cardNumber\":\"" + card + "\",\"storeCode\":\"S-001\",\"points\":" + points + ",\"transactionId\":\""
                + id + "\"}";
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"" + code + "\"").doesNotContain("Exception");
    }

    private static String tx() {
        return "t-" + UUID.randomUUID();
    }
}
