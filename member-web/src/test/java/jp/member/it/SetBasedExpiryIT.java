package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import jp.member.points.boundary.PointExpiry;
import jp.member.points.boundary.PointsTill;
import jp.member.points.control.BatchExpiry;
import jp.member.points.control.ExpiryBatch;
import jp.member.points.control.Ledger;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.rules.Points;
import jp.member.points.rules.Yen;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsPos;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.PointsInvariants;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestLots;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Expiry in set-based statements per batch (decision 0015): many members and lots at once, the re-checks under the
 * members' locks (a lot emptied, not due, moved by a merge, re-dated while the batch waited), two batches over the
 * same lots at once with a till beside them, a run resumed after a batch, and JPA and JDBC in one transaction.
 * Each test works on its own lots: {@link #batchFrom} starts just before them.
 */
@ExtendWith(ArquillianExtension.class)
class SetBasedExpiryIT {

    private static final String STORE = "IT-15";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    PointsTill till;

    @Inject
    PointExpiry expiry;

    @Inject
    BatchExpiry batchExpiry;

    @Inject
    Ledger ledger;

    @Inject
    UserTransaction transaction;

    @Inject
    AsPos asPos;

    @Inject
    AsAdmin asAdmin;

    @Test
    @DisplayName("one batch expires every due lot of many members once, as expiries always read; the others stay")
    void oneBatchManyMembers() throws Exception {
        LocalDate today = ledger.today();
        TestMembers.Created several = TestMembers.create();
        earn(several, 10_000);
        earn(several, 10_000); // the same points, the same date: two entries alike in every column
        earn(several, 25_000);
        earn(several, 40_000); // not due
        TestMembers.Created emptied = TestMembers.create();
        earn(emptied, 5_000);
        List<Long> emptiedLots = TestLots.ids(emptied.id());
        redeem(emptied, TestLots.remaining(emptiedLots.get(0)));
        List<TestMembers.Created> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestMembers.Created other = TestMembers.create();
            earn(other, 3_000 * (i + 1));
            others.add(other);
        }
        List<Long> severalLots = TestLots.ids(several.id());
        List<Long> due = new ArrayList<>(severalLots.subList(0, 3));
        for (TestMembers.Created other : others) {
            due.addAll(TestLots.ids(other.id()));
        }
        Map<Long, Long> points = remaining(due);
        due.forEach(lot -> due(lot, today));
        due(emptiedLots.get(0), today);
        long balanceBefore = PointsInvariants.hold(several.id());
        long earnedAt = occurredMicros("SELECT MAX(occurred_at) FROM ledger_entry WHERE member_id = ?", several.id());

        ExpiryBatch batch = asAdmin.call(() -> expiry.expireBatch(batchFrom(severalLots), BatchExpiry.MAX_LOTS));

        assertThat(batch.points().value()).isGreaterThanOrEqualTo(sum(points));
        for (long lot : due) {
            assertThat(TestLots.expiries(lot)).as("lot " + lot).isEqualTo(1);
            assertThat(TestLots.remaining(lot)).isZero();
            assertThat(TestLots.expiry(lot))
                    .containsExactly(
                            TestLots.member(lot),
                            -points.get(lot),
                            today,
                            "system",
                            "SYSTEM",
                            "expired on " + today.minusDays(1),
                            -points.get(lot));
        }
        assertThat(TestLots.expiries(severalLots.get(3))).as("not due").isZero();
        assertThat(TestLots.expiries(emptiedLots.get(0))).as("spent before").isZero();
        assertThat(PointsInvariants.hold(several.id()))
                .isEqualTo(balanceBefore - sum(points, severalLots.subList(0, 3)))
                .isEqualTo(TestLots.remaining(severalLots.get(3)));
        assertThat(PointsInvariants.entries(several.id(), "EXPIRY")).isEqualTo(3);
        assertThat(PointsInvariants.hold(emptied.id())).isZero();
        for (TestMembers.Created other : others) {
            assertThat(PointsInvariants.hold(other.id())).isZero();
        }
        long expiredAt = occurredMicros(
                "SELECT MAX(occurred_at) FROM ledger_entry WHERE member_id = ? AND entry_type = 'EXPIRY'",
                several.id());
        assertThat(expiredAt - earnedAt)
                .as("the expiry's moment, stored as JPA stores the earn's")
                .isBetween(0L, TimeUnit.MINUTES.toMicros(5));
    }

    @Test
    @DisplayName("a lot merged to another member or re-dated while the batch waits for the locks stays; the next run"
            + " expires the merged lot with its new member, once")
    void rechecksUnderTheLocks() throws Exception {
        LocalDate today = ledger.today();
        TestMembers.Created duplicate = TestMembers.create();
        TestMembers.Created survivor = TestMembers.create();
        TestMembers.Created active = TestMembers.create();
        TestMembers.Created plain = TestMembers.create();
        for (TestMembers.Created member : List.of(duplicate, survivor, active, plain)) {
            earn(member, 8_000);
        }
        long merged = TestLots.ids(duplicate.id()).get(0);
        long survivors = TestLots.ids(survivor.id()).get(0);
        long redated = TestLots.ids(active.id()).get(0);
        long plainLot = TestLots.ids(plain.id()).get(0);
        List.of(merged, survivors, redated, plainLot).forEach(lot -> due(lot, today));
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");

        Future<ExpiryBatch> batch;
        transaction.begin();
        try (Connection till = TestDatabase.connect()) {
            // a merge and a till's activity hold their members' locks while the batch selects and starts to lock
            ledger.transferAll(duplicate.id(), survivor.id(), Actor.staff("it", "merge of duplicates"));
            till.setAutoCommit(false);
            execute(till, "SELECT id FROM member WHERE id = ? FOR UPDATE", active.id());
            execute(till, "UPDATE point_lot SET expires_on = ? WHERE id = ?", today.plusMonths(6), redated);
            batch = pool.submit(() -> asAdmin.call(() -> expiry.expireBatch(batchFrom(List.of(merged)), 100)));
            awaitMemberLocks();
            till.commit();
        } finally {
            transaction.commit();
        }
        batch.get(2, TimeUnit.MINUTES);

        assertThat(TestLots.member(merged)).isEqualTo(survivor.id());
        assertThat(TestLots.expiries(merged)).as("merged meanwhile").isZero();
        assertThat(TestLots.expiries(redated)).as("re-dated meanwhile").isZero();
        assertThat(TestLots.expiries(survivors)).isEqualTo(1);
        assertThat(TestLots.expiries(plainLot)).isEqualTo(1);
        assertThat(PointsInvariants.hold(duplicate.id())).isZero();
        assertThat(PointsInvariants.hold(survivor.id()))
                .isEqualTo(TestLots.remaining(merged))
                .isPositive();
        assertThat(PointsInvariants.hold(active.id()))
                .isEqualTo(TestLots.remaining(redated))
                .isPositive();
        assertThat(PointsInvariants.hold(plain.id())).isZero();

        asAdmin.call(() -> expiry.expireDue());

        assertThat(TestLots.expiries(merged)).isEqualTo(1);
        assertThat(TestLots.expiry(merged).get(0)).isEqualTo(survivor.id());
        assertThat(TestLots.expiries(redated)).isZero();
        assertThat(PointsInvariants.hold(survivor.id())).isZero();
    }

    @Test
    @DisplayName("two batches over the same lots at once, beside a till redeeming, expire each lot exactly once")
    void concurrentBatches() throws Exception {
        LocalDate today = ledger.today();
        List<TestMembers.Created> members = new ArrayList<>();
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TestMembers.Created member = TestMembers.create();
            earn(member, 2_000 * (i + 1));
            earn(member, 1_500);
            earn(member, 30_000); // not due: what the till spends
            members.add(member);
            due.addAll(TestLots.ids(member.id()).subList(0, 2));
        }
        due.forEach(lot -> due(lot, today));
        TestMembers.Created shopping = members.get(3);
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        long from = batchFrom(due);

        List<Future<?>> runs = List.of(
                pool.submit(() -> asAdmin.call(() -> expiry.expireBatch(from, BatchExpiry.MAX_LOTS))),
                pool.submit(() -> asAdmin.call(() -> expiry.expireBatch(from, BatchExpiry.MAX_LOTS))),
                pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        redeem(shopping, 10);
                    }
                    return null;
                }));
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }

        for (long lot : due) {
            assertThat(TestLots.expiries(lot)).as("lot " + lot).isEqualTo(1);
        }
        for (TestMembers.Created member : members) {
            assertThat(PointsInvariants.hold(member.id()))
                    .isEqualTo(TestLots.remaining(TestLots.ids(member.id()).get(2)));
        }
        assertThat(PointsInvariants.entries(shopping.id(), "REDEEM")).isEqualTo(5);
    }

    @Test
    @DisplayName("a run that stopped after its first batch resumes: the next run expires the rest, each lot once")
    void resumesAfterABatch() throws Exception {
        LocalDate today = ledger.today();
        List<TestMembers.Created> members = new ArrayList<>();
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestMembers.Created member = TestMembers.create();
            earn(member, 4_000);
            earn(member, 6_000);
            members.add(member);
            due.addAll(TestLots.ids(member.id()));
        }
        due.forEach(lot -> due(lot, today));
        ExpiryBatch first = asAdmin.call(() -> expiry.expireBatch(batchFrom(due), 3));
        assertThat(first.lots()).isEqualTo(3);
        assertThat(due.stream().filter(lot -> expiries(lot) == 1)).hasSize(3);

        asAdmin.call(() -> expiry.expireDue());

        for (long lot : due) {
            assertThat(TestLots.expiries(lot)).as("lot " + lot).isEqualTo(1);
        }
        for (TestMembers.Created member : members) {
            assertThat(PointsInvariants.hold(member.id())).isZero();
        }
    }

    @Test
    @DisplayName("JPA and JDBC work in one transaction see each other and commit or roll back together")
    void oneTransaction() throws Exception {
        LocalDate today = ledger.today();
        TestMembers.Created member = TestMembers.create();
        earn(member, 7_000);
        earn(member, 9_000);
        List<Long> lots = TestLots.ids(member.id());
        lots.forEach(lot -> due(lot, today));
        long from = batchFrom(lots);

        transaction.begin();
        Points byJpa = ledger.expire(lots.get(0), today);
        ExpiryBatch rolledBack = batchExpiry.expire(from, 100, 0, 1, today, Instant.now());
        transaction.rollback();

        assertThat(byJpa.isPositive()).isTrue();
        assertThat(rolledBack.lots())
                .as("the lot JPA expired is seen as empty, not expired again")
                .isEqualTo(1);
        assertThat(rolledBack.points()).isEqualTo(Points.of(TestLots.remaining(lots.get(1))));
        assertThat(TestLots.expiries(lots.get(0))).isZero();
        assertThat(TestLots.expiries(lots.get(1))).isZero();
        assertThat(PointsInvariants.entries(member.id(), "EXPIRY")).isZero();

        transaction.begin();
        ledger.expire(lots.get(0), today);
        batchExpiry.expire(from, 100, 0, 1, today, Instant.now());
        transaction.commit();

        assertThat(TestLots.expiries(lots.get(0))).isEqualTo(1);
        assertThat(TestLots.expiries(lots.get(1))).isEqualTo(1);
        assertThat(PointsInvariants.hold(member.id())).isZero();
    }

    private void earn(TestMembers.Created member, long yen) throws Exception {
        asPos.call(() -> till.earn(member.memberNumber(), STORE, Yen.of(yen), "it-" + UUID.randomUUID()));
    }

    private void redeem(TestMembers.Created member, long points) throws Exception {
        asPos.call(() -> till.redeem(member.memberNumber(), STORE, Points.of(points), "it-" + UUID.randomUUID()));
    }

    /** A batch that starts just before the test's first lot. */
    private static long batchFrom(List<Long> lots) {
        return lots.stream().mapToLong(Long::longValue).min().orElseThrow() - 1;
    }

    private static void due(long lot, LocalDate today) {
        try {
            TestLots.due(lot, today);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long expiries(long lot) {
        try {
            return TestLots.expiries(lot);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Long, Long> remaining(List<Long> lots) throws Exception {
        Map<Long, Long> points = new HashMap<>();
        for (long lot : lots) {
            points.put(lot, TestLots.remaining(lot));
        }
        return points;
    }

    private static long sum(Map<Long, Long> points) {
        return points.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sum(Map<Long, Long> points, List<Long> lots) {
        return lots.stream().mapToLong(points::get).sum();
    }

    private static long occurredMicros(String sql, long memberId) throws Exception {
        return ((Number)
                        TestDatabase.scalar("SELECT TIMESTAMPDIFF(MICROSECOND, '2000-01-01', (" + sql + "))", memberId))
                .longValue();
    }

    private static void execute(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.execute();
        }
    }

    /**
     * Waits until a batch has selected its lots and sent the statement that locks their members (the application's
     * connections run as the same database account as the tests, so their statements are visible).
     */
    private static void awaitMemberLocks() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (((Number) TestDatabase.scalar("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                                + " WHERE INFO LIKE 'SELECT id FROM member FORCE INDEX (PRIMARY) WHERE id IN (%'"))
                        .longValue()
                == 0) {
            assertThat(System.nanoTime())
                    .as("the batch reached its member locks")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
