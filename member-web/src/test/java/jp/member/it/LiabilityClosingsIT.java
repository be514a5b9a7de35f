package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import javax.naming.InitialContext;
import jp.member.points.boundary.ClosingRun;
import jp.member.points.boundary.LedgerClosings;
import jp.member.points.boundary.LiabilityReport;
import jp.member.points.boundary.LiabilityReports;
import jp.member.points.boundary.PointsTill;
import jp.member.points.boundary.ProgrammeConfiguration;
import jp.member.points.control.LiabilityComputation;
import jp.member.points.control.Programme;
import jp.member.points.control.ProgrammeRules;
import jp.member.points.rules.Points;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessTime;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsPos;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.PointsHistory;
import jp.member.testsupport.PointsInvariants;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reconciliation of the ledger closings (decision 0014): after a year of varied history — earns on the first
 * and last days of months, redemptions, expiries as lots fall due, reversals of an earn and of a redemption,
 * adjustments both ways, a merge and a withdrawal — the report the boundary gives (closings + what they do not hold
 * yet) equals, field by field, the full computation over the whole ledger ({@link LiabilityComputation}), for a
 * year, months cut at both ends, a single day, a period from mid-month; and so it stays with late history written
 * into folded months, with an entry whose transaction commits after the job passed its id, after the job runs
 * again (twice: nothing changes), and under an expiry rule that moves lots with each activity. The comparison is of
 * the whole ledger, so it holds whatever other test classes left in the database.
 */
@ExtendWith(ArquillianExtension.class)
class LiabilityClosingsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    LiabilityReports reports;

    @Inject
    LedgerClosings closings;

    @Inject
    LiabilityComputation computation;

    @Inject
    Programme programme;

    @Inject
    PointsHistory history;

    @Inject
    PointsTill till;

    @Inject
    ProgrammeConfiguration configuration;

    @Inject
    UserTransaction transaction;

    @Inject
    BusinessTime time;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsAuditor asAuditor;

    @Inject
    AsPos asPos;

    /** The other test classes get the ledger as they left it: nothing folded. */
    @AfterEach
    void forgetClosings() throws Exception {
        TestDatabase.update("DELETE FROM ledger_closing_day");
        TestDatabase.update("DELETE FROM ledger_closing_cohort");
        TestDatabase.update("DELETE FROM ledger_closing_expiry");
        TestDatabase.update("DELETE FROM ledger_closing_gap");
        TestDatabase.update(
                "UPDATE ledger_closing SET folded_through = 0, folded_at = NULL, expiry_built_at = NULL WHERE id = 1");
    }

    @Test
    @DisplayName("after the closing job, the report equals the full computation for a year, cut months, a day")
    void closedYearReconciles() throws Exception {
        LocalDate today = today();
        List<Long> members = yearOfHistory(today);

        ClosingRun run = close();

        assertThat(run.entriesFolded()).isPositive();
        assertThat(run.expiryTotalsKept())
                .as("open points by expiry month kept in the closings")
                .isTrue();
        assertThat(unfoldedEntries()).as("everything folded").isZero();
        for (LocalDate[] period : periods(today)) {
            assertReconciles(period[0], period[1]);
        }
        LiabilityReport year = report(today.minusYears(1).plusDays(1), today);
        assertThat(year.redeemed()).isPositive();
        assertThat(year.expired()).isPositive();
        assertThat(year.cohorts()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(year.cohorts()).anySatisfy(c -> assertThat(c.expired()).isPositive());
        for (long member : members) {
            PointsInvariants.hold(member);
        }
    }

    @Test
    @DisplayName("late history dated in folded months and today's entries count at once; the job folds them once")
    void lateEntriesAndRerunsReconcile() throws Exception {
        LocalDate today = today();
        List<Long> members = yearOfHistory(today);
        close();

        long late = members.get(0);
        LocalDate lastMonthEnd = YearMonth.from(today).minusMonths(1).atEndOfMonth();
        LocalDate threeMonthsAgo = today.minusMonths(3).withDayOfMonth(12);
        history.earn(late, 8_800, threeMonthsAgo);
        history.redeem(late, 40, lastMonthEnd);
        history.earn(late, 1_200, lastMonthEnd);
        TestMembers.Created live = TestMembers.create();
        asPos.call(() -> till.earn(live.memberNumber(), "IT-L", Yen.of(12_000), "it-" + UUID.randomUUID()));
        asPos.call(() -> till.redeem(live.memberNumber(), "IT-L", Points.of(20), "it-" + UUID.randomUUID()));

        assertThat(unfoldedEntries()).as("entries not folded yet").isGreaterThanOrEqualTo(5);
        for (LocalDate[] period : periods(today)) {
            assertReconciles(period[0], period[1]);
        }
        assertReconciles(threeMonthsAgo, threeMonthsAgo);
        assertReconciles(lastMonthEnd, lastMonthEnd);

        ClosingRun again = close();
        List<List<Object[]>> folded = closingTables();
        ClosingRun third = close();

        assertThat(again.entriesFolded()).isGreaterThanOrEqualTo(5);
        assertThat(third.entriesFolded())
                .as("a second run right after has nothing to fold")
                .isZero();
        assertThat(closingTables())
                .as("and changes nothing")
                .usingRecursiveComparison()
                .isEqualTo(folded);
        for (LocalDate[] period : periods(today)) {
            assertReconciles(period[0], period[1]);
        }
        assertReconciles(threeMonthsAgo, threeMonthsAgo);
        PointsInvariants.hold(late);
        PointsInvariants.hold(live.id());
    }

    @Test
    @DisplayName("an entry whose transaction commits after the job passed its id is a gap, counted, then folded once")
    void uncommittedEntryBecomesAGap() throws Exception {
        LocalDate today = today();
        TestMembers.Created member = TestMembers.create();
        TestMembers.Created other = TestMembers.create();
        history.earn(member.id(), 30_000, today.minusMonths(2));
        ExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        LocalDate day = today.minusMonths(1).withDayOfMonth(1);

        transaction.begin();
        long pending;
        try {
            pending = history.earn(member.id(), 5_500, day);
            pool.submit(() -> asPos.call(
                            () -> till.earn(other.memberNumber(), "IT-L", Yen.of(3_000), "it-" + UUID.randomUUID())))
                    .get();
            ClosingRun run =
                    pool.submit(() -> asAdmin.call(() -> closings.closeNow())).get();
            assertThat(run.foldedThrough())
                    .as("the job passed the uncommitted id")
                    .isGreaterThan(pending);
            transaction.commit();
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }

        assertThat(gapsCovering(pending))
                .as("the uncommitted entry was left as a gap")
                .isEqualTo(1);
        assertReconciles(day, day);
        assertReconciles(today.minusYears(1).plusDays(1), today);

        close();

        assertThat(gapsCovering(pending)).as("folded once it committed").isZero();
        assertThat(unfoldedEntries()).isZero();
        assertReconciles(day, day);
        assertReconciles(today.minusYears(1).plusDays(1), today);
        PointsInvariants.hold(member.id());
    }

    @Test
    @DisplayName("under a rule that moves lots with each activity, open points by expiry month come from the lots")
    void movingExpiryRuleReconciles() throws Exception {
        LocalDate today = today();
        List<Long> members = yearOfHistory(today);
        close();
        long changesBefore = number("SELECT COALESCE(MAX(id), 0) FROM programme_setting_change");
        String rule = asAdmin.call(() -> configuration.settings()).get("expiry.rule");
        try {
            asAdmin.call(() -> {
                configuration.change("expiry.rule", "AFTER_LAST_ACTIVITY:24");
                return null;
            });
            history.earn(members.get(1), 4_000, today);

            assertReconciles(today.minusYears(1).plusDays(1), today);
            assertThat(close().expiryTotalsKept())
                    .as("not kept while lots move")
                    .isFalse();
            history.earn(members.get(2), 6_000, today);
            assertReconciles(today.minusYears(1).plusDays(1), today);
        } finally {
            asAdmin.call(() -> {
                configuration.change("expiry.rule", rule);
                return null;
            });
            // the rule's history as it was, so that other tests' closings may keep expiry months again
            TestDatabase.update(
                    "DELETE FROM programme_setting_change WHERE id > ? AND name = 'expiry.rule'", changesBefore);
        }
        assertReconciles(today.minusYears(1).plusDays(1), today);
        assertThat(close().expiryTotalsKept())
                .as("kept again once no moving rule is in the history")
                .isTrue();
        assertReconciles(today.minusYears(1).plusDays(1), today);
    }

    /**
     * Five members over the last thirteen months: purchases on the first, the fifteenth and the last day of each
     * month, a redemption now and then, expiry as lots fall due; then today a reversed redemption, a reversed earn, an
     * adjustment each way, a merge and a withdrawal.
     */
    private List<Long> yearOfHistory(LocalDate today) throws Exception {
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(TestMembers.create().id());
        }
        List<Long> redemptions = new ArrayList<>();
        List<Long> earns = new ArrayList<>();
        for (int back = 13; back >= 0; back--) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            for (LocalDate day : List.of(month.atDay(1), month.atDay(15), month.atEndOfMonth())) {
                if (day.isAfter(today)) {
                    continue;
                }
                for (int m = 0; m < members.size(); m++) {
                    long member = members.get(m);
                    earns.add(history.earn(member, 1_000 * (m + 1) + 300L * back + day.getDayOfMonth() * 7L, day));
                    if ((back + m) % 3 == 0) {
                        long redeemed = history.redeem(member, 25 + 5L * m, day);
                        if (redeemed > 0) {
                            redemptions.add(redeemed);
                        }
                    }
                }
            }
        }
        members.forEach(m -> history.expireDue(m, today));
        history.reverse(redemptions.get(redemptions.size() / 2));
        history.reverse(earns.get(earns.size() - 1));
        history.adjust(members.get(0), 150);
        history.adjust(members.get(1), -20);
        history.merge(members.get(3), members.get(2));
        history.withdraw(members.get(4));
        return members;
    }

    /** A year, months cut at both ends, a closed month, single days, from mid-month, five years, before any entry. */
    private static List<LocalDate[]> periods(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return List.of(
                new LocalDate[] {today.minusYears(1).plusDays(1), today},
                new LocalDate[] {
                    month.minusMonths(5).atDay(10), month.minusMonths(1).atDay(20)
                },
                new LocalDate[] {
                    month.minusMonths(2).atDay(1), month.minusMonths(2).atEndOfMonth()
                },
                new LocalDate[] {
                    month.minusMonths(3).atDay(15), month.minusMonths(3).atDay(15)
                },
                new LocalDate[] {month.minusMonths(7).atDay(16), today},
                new LocalDate[] {today, today},
                new LocalDate[] {today.minusYears(5), today},
                new LocalDate[] {today.minusYears(5), today.minusYears(2)});
    }

    private void assertReconciles(LocalDate from, LocalDate to) throws Exception {
        LiabilityReport fast = report(from, to);
        ProgrammeRules rules = programme.rules();
        LiabilityReport full = LiabilityReport.of(
                from, to, computation.figures(from, to), rules.yenPerPoint(), rules.expectedRedemptionRate());

        assertThat(fast)
                .as("report " + from + ".." + to)
                .usingRecursiveComparison()
                .isEqualTo(full);
    }

    private LiabilityReport report(LocalDate from, LocalDate to) throws Exception {
        return asAuditor.call(() -> reports.report(from, to));
    }

    private ClosingRun close() throws Exception {
        return asAdmin.call(() -> closings.closeNow());
    }

    private LocalDate today() {
        return time.today();
    }

    /** Entries above the folded id or in a gap. */
    private static long unfoldedEntries() throws Exception {
        return number("SELECT COUNT(*) FROM ledger_entry e WHERE e.id > (SELECT folded_through FROM ledger_closing)"
                + " OR EXISTS (SELECT 1 FROM ledger_closing_gap g WHERE e.id BETWEEN g.first_id AND g.last_id)");
    }

    private static long gapsCovering(long id) throws Exception {
        return number("SELECT COUNT(*) FROM ledger_closing_gap WHERE ? BETWEEN first_id AND last_id", id);
    }

    private static List<List<Object[]>> closingTables() throws Exception {
        return List.of(
                TestDatabase.rows("SELECT folded_through, expiry_built_at FROM ledger_closing"),
                TestDatabase.rows("SELECT first_id, last_id FROM ledger_closing_gap ORDER BY first_id"),
                TestDatabase.rows("SELECT business_date, entry_type, points FROM ledger_closing_day"
                        + " ORDER BY business_date, entry_type"),
                TestDatabase.rows("SELECT earned_on, redeemed, expired FROM ledger_closing_cohort ORDER BY earned_on"),
                TestDatabase.rows("SELECT expiry_month, points FROM ledger_closing_expiry ORDER BY expiry_month"));
    }

    private static long number(String sql, Object... parameters) throws Exception {
        return ((Number) TestDatabase.scalar(sql, parameters)).longValue();
    }
}
