package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.rules.Rank;
import jp.member.members.validation.MemberNumber;
import jp.member.points.boundary.AdjustmentApprovals;
import jp.member.points.boundary.AdjustmentOutcome;
import jp.member.points.boundary.PointsDesk;
import jp.member.points.boundary.PointsTill;
import jp.member.points.boundary.ProgrammeConfiguration;
import jp.member.points.boundary.TillReceipt;
import jp.member.points.control.Ledger;
import jp.member.points.control.Programme;
import jp.member.points.entity.EntryType;
import jp.member.points.rules.ExpiryRule;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessException;
import jp.member.testsupport.AsAgent;
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
 * The ledger through the application's boundaries: every entry type, reversals (also of partly spent earns),
 * idempotent till retries, adjustments and their approval, earning and rank rules. After every write the invariants
 * are checked in the database (balance = entries = lots, never negative, every entry says who and why).
 */
@ExtendWith(ArquillianExtension.class)
class PointsLedgerIT {

    private static final String STORE = "IT-01";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    PointsTill till;

    @Inject
    PointsDesk desk;

    @Inject
    AdjustmentApprovals approvals;

    @Inject
    ProgrammeConfiguration programme;

    @Inject
    MemberMaintenance maintenance;

    @Inject
    Ledger ledger;

    @Inject
    Programme rules;

    @Inject
    AsPos asPos;

    @Inject
    AsAgent asAgent;

    @Inject
    AsManager asManager;

    @Test
    @DisplayName(
            "an earn gives 1 point per 100 yen at REGULAR, rounded down, as a lot expiring at the month end 12 months on")
    void earn() throws Exception {
        TestMembers.Created member = TestMembers.create();

        TillReceipt receipt = earn(member, 1_299);

        assertThat(receipt.type()).isEqualTo("EARN");
        assertThat(receipt.points()).isEqualTo(PointsChange.of(12));
        assertThat(receipt.balance()).isEqualTo(Points.of(12));
        assertThat(lots(member)).singleElement().satisfies(lot -> assertThat(lot)
                .containsExactly(12L, ExpiryRule.parse("END_OF_MONTH_AFTER:12").expiresOn(ledger.today())));
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(12);
    }

    @Test
    @DisplayName("a redemption spends the lots that expire first; one that is too large is refused and changes nothing")
    void redeemFirstToExpire() throws Exception {
        TestMembers.Created member = TestMembers.create();
        earn(member, 10_000);
        earn(member, 20_000);
        List<Long> lotIds = lotIds(member);
        expireIn(lotIds.get(0), 300);
        expireIn(lotIds.get(1), 10);

        TillReceipt redeemed = redeem(member, 250);
        long entriesBefore = PointsInvariants.entries(member.id());

        assertThat(redeemed.points()).isEqualTo(PointsChange.of(-250));
        assertThat(remaining(lotIds.get(1))).as("the lot expiring sooner").isZero();
        assertThat(remaining(lotIds.get(0))).as("the lot expiring later").isEqualTo(50);
        assertThatThrownBy(() -> redeem(member, 51))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.insufficient");
        assertThat(PointsInvariants.entries(member.id())).isEqualTo(entriesBefore);
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(50);
    }

    @Test
    @DisplayName("reversing a redemption gives back exactly what it took, to the lots it took it from — once")
    void reverseRedemption() throws Exception {
        TestMembers.Created member = TestMembers.create();
        earn(member, 10_000);
        earn(member, 20_000);
        TillReceipt redeemed = redeem(member, 250);

        TillReceipt reversal = asPos.call(() -> till.reverse(redeemed.transactionId(), tx()));

        assertThat(reversal.type()).isEqualTo("REVERSAL");
        assertThat(reversal.points()).isEqualTo(PointsChange.of(250));
        assertThat(lots(member)).extracting(row -> row[0]).containsExactly(100L, 200L);
        assertThatThrownBy(() -> asPos.call(() -> till.reverse(redeemed.transactionId(), tx())))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.reversal.already");
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(300);
    }

    @Test
    @DisplayName("reversing an unspent earn takes its points back; a reversal of a reversal is refused")
    void reverseEarn() throws Exception {
        TestMembers.Created member = TestMembers.create();
        TillReceipt earned = earn(member, 10_000);

        TillReceipt reversal = asPos.call(() -> till.reverse(earned.transactionId(), tx()));

        assertThat(reversal.points()).isEqualTo(PointsChange.of(-100));
        assertThat(reversal.balance()).isEqualTo(Points.ZERO);
        assertThatThrownBy(() -> asPos.call(() -> till.reverse(reversal.transactionId(), tx())))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.reversal.notReversible");
        assertThat(PointsInvariants.hold(member.id())).isZero();
    }

    @Test
    @DisplayName(
            "a partly spent earn can be reversed only while the member still has the points: never a negative balance")
    void reversePartlySpentEarn() throws Exception {
        TestMembers.Created member = TestMembers.create();
        TillReceipt earned = earn(member, 10_000);
        redeem(member, 60);
        long entriesBefore = PointsInvariants.entries(member.id());

        assertThatThrownBy(() -> asPos.call(() -> till.reverse(earned.transactionId(), tx())))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.reversal.exceedsBalance");
        assertThat(PointsInvariants.entries(member.id())).isEqualTo(entriesBefore);
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(40);

        earn(member, 20_000);
        TillReceipt reversal = asPos.call(() -> till.reverse(earned.transactionId(), tx()));

        assertThat(reversal.points()).isEqualTo(PointsChange.of(-100));
        assertThat(lots(member)).extracting(row -> row[0]).containsExactly(0L, 140L);
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(140);
    }

    @Test
    @DisplayName(
            "a till retry gets the original receipt and earns nothing more; the same id for another request is refused")
    void idempotentRetries() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String id = tx();

        TillReceipt first = asPos.call(() -> till.earn(member.memberNumber(), STORE, Yen.of(5_000), id));
        TillReceipt retry = asPos.call(() -> till.earn(member.memberNumber(), STORE, Yen.of(5_000), id));

        assertThat(retry).isEqualTo(first);
        assertThat(PointsInvariants.entries(member.id(), "EARN")).isEqualTo(1);
        assertThatThrownBy(() -> asPos.call(() -> till.earn(member.memberNumber(), STORE, Yen.of(6_000), id)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.transaction.conflict");
        assertThatThrownBy(() -> asPos.call(() -> till.redeem(member.memberNumber(), STORE, Points.of(10), id)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.transaction.conflict");
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(50);
    }

    @Test
    @DisplayName("an agent's small adjustment applies at once with its reason; a blank reason is refused")
    void smallAdjustment() throws Exception {
        TestMembers.Created member = TestMembers.create();

        AdjustmentOutcome plus = asAgent.call(() -> desk.adjust(member.ref(), PointsChange.of(300), "店舗での付与漏れ"));
        AdjustmentOutcome minus = asAgent.call(() -> desk.adjust(member.ref(), PointsChange.of(-120), "二重付与の訂正"));

        assertThat(plus.pending()).isFalse();
        assertThat(minus.pending()).isFalse();
        assertThat(TestDatabase.rows(
                        "SELECT points, actor, actor_kind, reason FROM ledger_entry WHERE member_id = ?"
                                + " AND entry_type = 'ADJUSTMENT' ORDER BY id",
                        member.id()))
                .extracting(row -> List.of(row))
                .containsExactly(
                        List.of(300L, "AGENT", "STAFF", "店舗での付与漏れ"), List.of(-120L, "AGENT", "STAFF", "二重付与の訂正"));
        assertThatThrownBy(() -> asAgent.call(() -> desk.adjust(member.ref(), PointsChange.of(10), "   ")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.adjustment.reasonRequired");
        assertThatThrownBy(() -> asAgent.call(() -> desk.adjust(member.ref(), PointsChange.of(-181), "too much")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.insufficient");
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(180);
    }

    @Test
    @DisplayName("an adjustment above the threshold waits; its requester cannot approve it, another manager can")
    void largeAdjustmentNeedsAnotherPerson() throws Exception {
        TestMembers.Created member = TestMembers.create();

        AdjustmentOutcome byAgent = asAgent.call(() -> desk.adjust(member.ref(), PointsChange.of(5_000), "苦情対応の補償"));
        AdjustmentOutcome byManager = asManager.call(() -> desk.adjust(member.ref(), PointsChange.of(2_000), "補償の追加"));

        assertThat(byAgent.pending()).isTrue();
        assertThat(PointsInvariants.hold(member.id()))
                .as("nothing applied while pending")
                .isZero();
        assertThat(asManager.call(() -> approvals.pending()))
                .filteredOn(p -> p.memberNumber().equals(MemberNumber.of(member.memberNumber())))
                .extracting(p -> p.points(), p -> p.requestedBy())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PointsChange.of(5_000), "AGENT"),
                        org.assertj.core.groups.Tuple.tuple(PointsChange.of(2_000), "MANAGER"));
        assertThatThrownBy(() -> asManager.call(() -> {
                    approvals.approve(byManager.requestId(), "自分で承認");
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.adjustment.ownRequest");

        asManager.call(() -> {
            approvals.approve(byAgent.requestId(), "確認済み");
            return null;
        });

        assertThat(PointsInvariants.hold(member.id())).isEqualTo(5_000);
        assertThat(TestDatabase.rows(
                        "SELECT e.actor, r.status, r.decided_by FROM adjustment_request r"
                                + " JOIN ledger_entry e ON e.id = r.entry_id WHERE r.id = ?",
                        byAgent.requestId()))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("MANAGER", "APPROVED", "MANAGER"));
        assertThatThrownBy(() -> asManager.call(() -> {
                    approvals.approve(byAgent.requestId(), "again");
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .hasMessage("points.adjustment.decided");
    }

    @Test
    @DisplayName("a campaign multiplies the rank rate; qualifying spend, not the balance, moves the rank, with history")
    void campaignsAndRanks() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String code = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        LocalDate today = ledger.today();
        asManager.call(() -> {
            programme.addCampaign(code, "IT double points", today, today, new BigDecimal("2.0"));
            return null;
        });
        try {
            TillReceipt doubled = earn(member, 10_001);
            assertThat(doubled.points()).as("10,001 yen × 1% × 2, rounded down").isEqualTo(PointsChange.of(200));
        } finally {
            TestDatabase.update("DELETE FROM campaign WHERE code = ?", code);
            // removed behind the application's back: the kept rules would hold it for Programme.FRESH_SECONDS
            rules.changed();
        }

        earn(member, 49_999);
        TillReceipt atSilver = earn(member, 10_000);

        assertThat(atSilver.points()).as("SILVER earns 1.5%").isEqualTo(PointsChange.of(150));
        assertThat(TestDatabase.rows(
                        "SELECT from_rank, to_rank FROM rank_change WHERE member_id = ? ORDER BY id", member.id()))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("REGULAR", "SILVER"));
        assertThat(asAgent.call(() -> desk.summary(member.ref()).rank())).isEqualTo(Rank.SILVER);
        assertThat(PointsInvariants.hold(member.id())).isEqualTo(200 + 499 + 150);
    }

    @Test
    @DisplayName("history pages newest first and filters by type and date")
    void history() throws Exception {
        TestMembers.Created member = TestMembers.create();
        earn(member, 1_000);
        earn(member, 2_000);
        redeem(member, 5);

        var all = asAgent.call(() -> desk.history(member.ref(), Set.of(), null, null, 0, 2));
        var earns = asAgent.call(() -> desk.history(member.ref(), Set.of(EntryType.EARN), null, null, 0, 10));
        var tomorrow = asAgent.call(
                () -> desk.history(member.ref(), Set.of(), ledger.today().plusDays(1), null, 0, 10));

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.entries()).extracting(e -> e.points()).containsExactly(PointsChange.of(-5), PointsChange.of(20));
        assertThat(earns.entries())
                .extracting(e -> e.type())
                .containsOnly(EntryType.EARN)
                .hasSize(2);
        assertThat(tomorrow.total()).isZero();
    }

    @Test
    @DisplayName("a rate changed on the programme page applies to the very next earn: the kept rules are forgotten")
    void changedRateAppliesAtOnce() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String before = asManager.call(() -> programme.settings()).get("earn.rate.REGULAR");
        assertThat(earn(member, 10_000).points())
                .as("1%, and the rules are now kept")
                .isEqualTo(PointsChange.of(100));
        try {
            asManager.call(() -> {
                programme.change("earn.rate.REGULAR", "0.02");
                return null;
            });
            assertThat(earn(member, 10_000).points()).as("2% at once").isEqualTo(PointsChange.of(200));
        } finally {
            asManager.call(() -> {
                programme.change("earn.rate.REGULAR", before);
                return null;
            });
        }
        assertThat(earn(member, 10_000).points()).as("1% again").isEqualTo(PointsChange.of(100));
    }

    @Test
    @DisplayName("programme changes are checked and recorded; a threshold order that makes no sense is refused")
    void programmeChanges() throws Exception {
        String before = asManager.call(() -> programme.settings()).get("adjustment.approval.threshold");

        asManager.call(() -> {
            programme.change("adjustment.approval.threshold", "2500");
            programme.change("adjustment.approval.threshold", before);
            return null;
        });

        assertThat(asManager.call(() -> programme.history()))
                .extracting(c -> c.name() + "=" + c.newValue())
                .startsWith("adjustment.approval.threshold=" + before, "adjustment.approval.threshold=2500");
        for (String[] bad : new String[][] {
            {"rank.threshold.GOLD", "100"}, {"earn.rate.GOLD", "-0.01"}, {"expiry.rule", "NEVER"}, {"nonsense", "1"}
        }) {
            assertThatThrownBy(() -> asManager.call(() -> {
                        programme.change(bad[0], bad[1]);
                        return null;
                    }))
                    .as(bad[0])
                    .isInstanceOf(BusinessException.class);
        }
        assertThat(asManager.call(() -> programme.settings()))
                .containsEntry("rank.threshold.GOLD", "150000")
                .containsEntry("expiry.rule", "END_OF_MONTH_AFTER:12");
    }

    @Test
    @DisplayName("withdrawal forfeits every point; a merge moves the lots with their expiry dates to the survivor")
    void forfeitAndTransfer() throws Exception {
        TestMembers.Created leaving = TestMembers.create();
        TestMembers.Created survivor = TestMembers.create();
        TestMembers.Created duplicate = TestMembers.create();
        earn(leaving, 7_000);
        earn(survivor, 3_000);
        earn(duplicate, 4_000);
        List<Object[]> duplicateLots = lots(duplicate);

        asAgent.call(() -> {
            maintenance.withdraw(leaving.ref());
            return null;
        });
        asManager.call(() -> {
            maintenance.merge(survivor.ref(), duplicate.ref());
            return null;
        });

        assertThat(PointsInvariants.entries(leaving.id(), "FORFEIT")).isEqualTo(1);
        assertThat(PointsInvariants.hold(leaving.id())).isZero();
        assertThat(PointsInvariants.entries(duplicate.id(), "TRANSFER")).isEqualTo(1);
        assertThat(PointsInvariants.entries(survivor.id(), "TRANSFER")).isEqualTo(1);
        assertThat(PointsInvariants.hold(duplicate.id())).isZero();
        assertThat(PointsInvariants.hold(survivor.id())).isEqualTo(70);
        assertThat(lots(survivor))
                .extracting(row -> row[1])
                .contains(duplicateLots.get(0)[1]);
    }

    private TillReceipt earn(TestMembers.Created member, long yen) throws Exception {
        TillReceipt receipt = asPos.call(() -> till.earn(member.memberNumber(), STORE, Yen.of(yen), tx()));
        PointsInvariants.hold(member.id());
        return receipt;
    }

    private TillReceipt redeem(TestMembers.Created member, long points) throws Exception {
        TillReceipt receipt = asPos.call(() -> till.redeem(member.memberNumber(), STORE, Points.of(points), tx()));
        PointsInvariants.hold(member.id());
        return receipt;
    }

    private static String tx() {
        return "it-" + UUID.randomUUID();
    }

    /** The member's lots in order of creation: remaining points and expiry date. */
    private static List<Object[]> lots(TestMembers.Created member) throws Exception {
        return TestDatabase.rows(
                        "SELECT remaining_points, expires_on FROM point_lot WHERE member_id = ? ORDER BY id",
                        member.id())
                .stream()
                .map(row -> new Object[] {((Number) row[0]).longValue(), ((java.sql.Date) row[1]).toLocalDate()})
                .toList();
    }

    private static List<Long> lotIds(TestMembers.Created member) throws Exception {
        return TestDatabase.rows("SELECT id FROM point_lot WHERE member_id = ? ORDER BY id", member.id()).stream()
                .map(row -> ((Number) row[0]).longValue())
                .toList();
    }

    private static long remaining(long lotId) throws Exception {
        return ((Number) TestDatabase.scalar("SELECT remaining_points FROM point_lot WHERE id = ?", lotId)).longValue();
    }

    /** Test set-up: gives a lot another expiry date (the ledger's sums do not depend on it). */
    private void expireIn(long lotId, int days) throws Exception {
        TestDatabase.update(
                "UPDATE point_lot SET expires_on = ? WHERE id = ?",
                ledger.today().plusDays(days),
                lotId);
    }
}
