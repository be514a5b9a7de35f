package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import jp.member.members.validation.MemberNumber;
import jp.member.points.boundary.LiabilityReport;
import jp.member.points.boundary.LiabilityReports;
import jp.member.points.boundary.PointExpiry;
import jp.member.points.boundary.PointsTill;
import jp.member.points.control.Ledger;
import jp.member.points.rules.Points;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessException;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsPos;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.PointsInvariants;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Expiry (run twice, on two threads at once, after a crash) and the liability report's roll-forward against the
 * ledger. Lots are made due by moving their expiry date in the database: the ledger's sums do not depend on it.
 */
@ExtendWith(ArquillianExtension.class)
class PointAccountingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    PointsTill till;

    @Inject
    PointExpiry expiry;

    @Inject
    LiabilityReports reports;

    @Inject
    Ledger ledger;

    @Inject
    UserTransaction transaction;

    @Inject
    AsPos asPos;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsManager asManager;

    @Inject
    AsAuditor asAuditor;

    @Test
    @DisplayName("expiry run twice expires each due lot once; lots not yet due and spent points stay")
    void expiryTwice() throws Exception {
        TestMembers.Created member = TestMembers.create();
        earn(member, 10_000);
        earn(member, 20_000);
        redeem(member, 30);
        List<Long> lots = lotIds(member);
        due(lots.get(0));

        asAdmin.call(() -> expiry.expireDue());
        asAdmin.call(() -> expiry.expireDue());

        assertThat(expiries(lots.get(0))).isEqualTo(1);
        assertThat(TestDatabase.scalar(
                        "SELECT points FROM ledger_entry WHERE member_id = ? AND entry_type = 'EXPIRY'", member.id()))
                .isEqualTo(-70L);
        assertThat(expiries(lots.get(1))).isZero();
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(200);
    }

    @Test
    @DisplayName("the timer-driven run (no caller, as at 01:30) expires due lots")
    void timerRun() throws Exception {
        TestMembers.Created member = TestMembers.create();
        earn(member, 5_000);
        long lot = lotIds(member).get(0);
        due(lot);

        asAdmin.call(() -> {
            expiry.startNow();
            return null;
        });

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (expiries(lot) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(expiries(lot)).isEqualTo(1);
        assertThat(PointsInvariants.hold(member.id())).isZero();
    }

    @Test
    @DisplayName("two expiry runs at the same time expire each lot once")
    void concurrentExpiry() throws Exception {
        List<Long> lots = new ArrayList<>();
        List<TestMembers.Created> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestMembers.Created member = TestMembers.create();
            earn(member, 1_000 * (i + 1));
            earn(member, 500);
            members.add(member);
            lots.addAll(lotIds(member));
        }
        lots.forEach(this::due);
        ExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        Callable<Points> run = () -> asAdmin.call(() -> expiry.expireDue());

        List<Future<Points>> runs = List.of(pool.submit(run), pool.submit(run));
        for (Future<Points> r : runs) {
            r.get();
        }

        for (long lot : lots) {
            assertThat(expiries(lot)).as("lot " + lot).isEqualTo(1);
        }
        for (TestMembers.Created member : members) {
            assertThat(PointsInvariants.hold(member.id())).isZero();
        }
    }

    @Test
    @DisplayName(
            "after a crash mid-run (a batch done, then a transaction lost) the next run finishes the job, once each")
    void resumesAfterCrash() throws Exception {
        List<TestMembers.Created> members = new ArrayList<>();
        List<Long> lots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestMembers.Created member = TestMembers.create();
            earn(member, 2_000);
            members.add(member);
            lots.addAll(lotIds(member));
        }
        lots.forEach(this::due);
        asAdmin.call(() -> expiry.expireBatch(lots.get(0) - 1, 1));
        transaction.begin();
        ledger.expire(lots.get(1), ledger.today());
        transaction.rollback();
        assertThat(expiries(lots.get(0))).as("the batch that completed").isEqualTo(1);
        assertThat(expiries(lots.get(1))).as("the transaction the crash lost").isZero();

        asAdmin.call(() -> expiry.expireDue());

        for (long lot : lots) {
            assertThat(expiries(lot)).as("lot " + lot).isEqualTo(1);
        }
        for (TestMembers.Created member : members) {
            assertThat(PointsInvariants.hold(member.id())).isZero();
        }
    }

    @Test
    @DisplayName("the notice list shows members whose points expire within N days, by member number and date")
    void expiringSoon() throws Exception {
        TestMembers.Created member = TestMembers.create();
        earn(member, 3_000);
        LocalDate inTenDays = ledger.today().plusDays(10);
        TestDatabase.update("UPDATE point_lot SET expires_on = ? WHERE member_id = ?", inTenDays, member.id());

        var within14 = asManager.call(() -> expiry.expiringWithin(14));
        var within7 = asManager.call(() -> expiry.expiringWithin(7));

        MemberNumber number = MemberNumber.of(member.memberNumber());
        assertThat(within14)
                .filteredOn(s -> s.memberNumber().equals(number))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.expiresOn()).isEqualTo(inTenDays);
                    assertThat(s.points()).isEqualTo(Points.of(30));
                });
        assertThat(within7).noneMatch(s -> s.memberNumber().equals(number));
    }

    @Test
    @DisplayName("the roll-forward reconciles exactly with the ledger: opening + movements = closing = sum of entries")
    void rollForwardReconciles() throws Exception {
        LocalDate today = ledger.today();
        LocalDate from = today.minusDays(20);
        TestMembers.Created older = TestMembers.create();
        earn(older, 50_000);
        redeem(older, 100);
        TestDatabase.update(
                "UPDATE ledger_entry SET business_date = ? WHERE member_id = ?", from.minusDays(10), older.id());
        TestMembers.Created member = TestMembers.create();
        earn(member, 10_000);
        redeem(member, 30);
        TestMembers.Created expiring = TestMembers.create();
        earn(expiring, 4_000);
        due(lotIds(expiring).get(0));
        asAdmin.call(() -> expiry.expireDue());

        LiabilityReport report = asAuditor.call(() -> reports.report(from, today));
        LiabilityReport before = asManager.call(() -> reports.report(from.minusDays(30), from.minusDays(1)));

        assertThat(report.opening()).isEqualTo(sum("business_date < ?", from));
        assertThat(report.closing()).isEqualTo(sum("business_date <= ?", today));
        assertThat(report.opening()
                        + report.issued()
                        - report.redeemed()
                        - report.expired()
                        + report.reversedAndAdjusted())
                .isEqualTo(report.closing());
        assertThat(report.issued())
                .isEqualTo(sum("entry_type = 'EARN' AND business_date BETWEEN ? AND ?", from, today));
        assertThat(report.redeemed())
                .isEqualTo(-sum("entry_type = 'REDEEM' AND business_date BETWEEN ? AND ?", from, today));
        assertThat(before.closing()).isEqualTo(report.opening());
        assertThat(report.outstandingByExpiryMonth().stream()
                        .mapToLong(m -> m.points())
                        .sum())
                .as("outstanding by expiry month = all open lots = all balances")
                .isEqualTo(sum("business_date <= ?", today));
        assertThat(report.liabilityYen())
                .isEqualByComparingTo(report.yenPerPoint()
                        .multiply(report.expectedRedemptionRate())
                        .multiply(BigDecimal.valueOf(report.closing()))
                        .setScale(0, java.math.RoundingMode.HALF_UP));
        assertThat(report.cohorts())
                .filteredOn(c -> c.month().equals(today.toString().substring(0, 7)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.issued()).isPositive();
                    assertThat(c.redeemed()).isGreaterThanOrEqualTo(30);
                    assertThat(c.expired()).isGreaterThanOrEqualTo(40);
                });
        assertThatThrownBy(() -> asAuditor.call(() -> reports.report(today, from)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("report.period.invalid");
    }

    private void earn(TestMembers.Created member, long yen) throws Exception {
        asPos.call(() -> till.earn(member.memberNumber(), "IT-02", Yen.of(yen), "it-" + UUID.randomUUID()));
    }

    private void redeem(TestMembers.Created member, long points) throws Exception {
        asPos.call(() -> till.redeem(member.memberNumber(), "IT-02", Points.of(points), "it-" + UUID.randomUUID()));
    }

    private static List<Long> lotIds(TestMembers.Created member) throws Exception {
        return TestDatabase.rows("SELECT id FROM point_lot WHERE member_id = ? ORDER BY id", member.id()).stream()
                .map(row -> ((Number) row[0]).longValue())
                .toList();
    }

    /** Test set-up: the lot's date passed yesterday. */
    private void due(long lotId) {
        try {
            TestDatabase.update(
                    "UPDATE point_lot SET expires_on = ? WHERE id = ?",
                    ledger.today().minusDays(1),
                    lotId);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long expiries(long lotId) throws Exception {
        return ((Number) TestDatabase.scalar(
                        "SELECT COUNT(*) FROM lot_movement m JOIN ledger_entry e ON e.id = m.entry_id"
                                + " WHERE m.lot_id = ? AND e.entry_type = 'EXPIRY'",
                        lotId))
                .longValue();
    }

    private static long sum(String where, Object... parameters) throws Exception {
        return ((Number) TestDatabase.scalar(
                        "SELECT COALESCE(SUM(points), 0) FROM ledger_entry WHERE " + where, parameters))
                .longValue();
    }
}
