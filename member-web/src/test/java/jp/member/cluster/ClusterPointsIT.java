package jp.member.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.PointsInvariants;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tills earn and redeem through HAProxy while an instance is killed and started again. A till that gets no answer
 * (a cut connection, HAProxy's 502/503) sends the same transaction again with the same id, as the API asks; at the
 * end every transaction the API accepted is in the ledger exactly once, none it refused is, and every member's
 * balance is their ledger's sum and their lots' sum.
 */
@ExtendWith(LocalCluster.Extension.class)
class ClusterPointsIT {

    private static final int TILLS = 8;
    private static final int MEMBERS = 4;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static LocalCluster cluster;

    /** What the tills were told, by transaction id. */
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> servedBy = new ConcurrentHashMap<>();
    private final AtomicInteger resent = new AtomicInteger();

    private record Accepted(long memberId, long points) {}

    @BeforeAll
    static void cluster(LocalCluster started) {
        cluster = started;
    }

    @BeforeEach
    void bothInstancesServe() throws Exception {
        cluster.bothServing();
    }

    @Test
    @DisplayName("8 tills while an instance is killed and started again: no point lost or doubled")
    void noPointLostOrDoubled() throws Exception {
        ApiClient till =
                ApiClient.register(new WebClient(cluster.base()), Roles.POS).limit(60_000, 1_000, 0);
        List<TestMembers.Created> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(TestMembers.create());
        }
        AtomicBoolean closing = new AtomicBoolean();
        ExecutorService tills = Executors.newFixedThreadPool(TILLS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < TILLS; t++) {
            int number = t;
            work.add(tills.submit(() -> {
                // no cookies: HAProxy spreads the calls over the instances, and its cookie names which one answered
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(3))
                        .build();
                for (int i = 0; !closing.get(); i++) {
                    TestMembers.Created member = members.get((number + i) % MEMBERS);
                    transact(http, till, member, i % 3 == 2);
                }
                return null;
            }));
        }

        String victim = "m1";
        awaitWhile(() -> accepted.size() < 60, "60 transactions accepted before the kill");
        cluster.kill(victim);
        int atKill = accepted.size();
        awaitWhile(() -> accepted.size() < atKill + 60, "60 transactions accepted by the survivor");
        int servedBeforeRestart = served(victim);
        cluster.startAgain(victim);
        awaitWhile(() -> served(victim) < servedBeforeRestart + 20, "20 answers from the instance started again");
        closing.set(true);
        for (Future<?> f : work) {
            f.get();
        }
        tills.shutdown();

        System.out.printf(
                "tills: %d accepted, %d refused, %d sent again after no answer; answered by %s%n",
                accepted.size(), refused.size(), resent.get(), servedBy);
        assertThat(servedBy.keySet()).as("both instances answered").containsExactlyInAnyOrder("m1", "m2");
        for (TestMembers.Created member : members) {
            long expected = accepted.values().stream()
                    .filter(a -> a.memberId() == member.id())
                    .mapToLong(Accepted::points)
                    .sum();
            long entries = accepted.values().stream()
                    .filter(a -> a.memberId() == member.id())
                    .count();
            assertThat(PointsInvariants.hold(member.id()))
                    .as("balance of a member: the sum of what the API accepted")
                    .isEqualTo(expected);
            assertThat(PointsInvariants.entries(member.id()))
                    .as("ledger entries of a member: one per accepted transaction")
                    .isEqualTo(entries);
        }
        for (String id : accepted.keySet()) {
            assertThat(entriesOf(till, id))
                    .as("ledger entries of an accepted transaction")
                    .isEqualTo(1);
        }
        for (String id : refused) {
            assertThat(entriesOf(till, id))
                    .as("ledger entries of a refused transaction")
                    .isZero();
        }
    }

    /** One till transaction, sent again with the same id until it gets an answer (at most {@link #PATIENCE}). */
    private void transact(HttpClient http, ApiClient till, TestMembers.Created member, boolean redeem)
            throws Exception {
        String id = "cluster-" + UUID.randomUUID();
        String body = redeem
                ? "{\"cardNumber\":\"" + member.memberNumber() + "\",\"storeCode\":\"S-001\",\"points\":45,"
                        + "\"transactionId\":\"" + id + "\"}"
                : "{\"cardNumber\":\"" + member.memberNumber() + "\",\"storeCode\":\"S-001\",\"amountYen\":2000,"
                        + "\"transactionId\":\"" + id + "\"}";
        String path = redeem ? "/api/v1/points/redeem" : "/api/v1/points/earn";
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            assertThat(System.nanoTime()).as("an answer within %s", PATIENCE).isLessThan(deadline);
            HttpResponse<String> response;
            try {
                response = http.send(
                        till.request("POST", path, body)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException cut) {
                sendAgain();
                continue;
            }
            LocalCluster.node(response).ifPresent(node -> servedBy.computeIfAbsent(node, n -> new AtomicInteger())
                    .incrementAndGet());
            int status = response.statusCode();
            if (status == 200) {
                long points = ApiClient.number(response.body(), "points"); // as the ledger has it: a redemption < 0
                if (redeem) {
                    assertThat(points).isEqualTo(-45);
                } else {
                    assertThat(points).isPositive();
                }
                accepted.put(id, new Accepted(member.id(), points));
                return;
            }
            if (status == 422) {
                assertThat(response.body()).contains("\"code\":\"INSUFFICIENT_POINTS\"");
                refused.add(id);
                return;
            }
            // HAProxy with no instance to give it to, or an instance going down: no answer, send it again
            assertThat(status)
                    .as("no answer from the cluster: %s", response.body())
                    .isIn(502, 503, 504);
            sendAgain();
        }
    }

    private void sendAgain() throws InterruptedException {
        resent.incrementAndGet();
        Thread.sleep(200);
    }

    private int served(String node) {
        AtomicInteger count = servedBy.get(node);
        return count == null ? 0 : count.get();
    }

    private static long entriesOf(ApiClient till, String transactionId) throws Exception {
        return ((Number) TestDatabase.scalar(
                        "SELECT COUNT(*) FROM client_transaction t JOIN ledger_entry e ON e.id = t.entry_id"
                                + " WHERE t.client_id = ? AND t.transaction_id = ?",
                        till.id(),
                        transactionId))
                .longValue();
    }

    private static void awaitWhile(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
