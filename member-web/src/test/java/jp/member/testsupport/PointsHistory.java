package jp.member.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.member.members.entity.Member;
import jp.member.points.control.Ledger;
import jp.member.points.control.Programme;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.entity.PointAccount;
import jp.member.points.rules.LedgerReason;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessTime;

/**
 * Test support: a member's points history written through the ledger itself, each call in a transaction (or in the
 * caller's) — earns, redemptions and expiries at moments in the past, as a history that happened before (imported or
 * generated, the demo data's way), and today's reversals, adjustments, merges and withdrawals.
 */
@ApplicationScoped
public class PointsHistory {

    private static final String TILL = "it-history";

    @Inject
    Ledger ledger;

    @Inject
    Programme programme;

    @Inject
    BusinessTime time;

    @PersistenceContext
    EntityManager em;

    /** A moment of a business date (hour in the programme's time zone). */
    public Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(time.zone()).toInstant();
    }

    /** The lots past their date are expired as of {@code day}, then a purchase earns on it; returns the entry id. */
    @Transactional
    public long earn(long memberId, long yen, LocalDate day) {
        expireDue(memberId, day);
        return ledger.earn(
                        em.find(Member.class, memberId),
                        Yen.of(yen),
                        "IT-H",
                        Actor.client(TILL, LedgerReason.PURCHASE.text()),
                        programme.rules(),
                        at(day, 11))
                .getId();
    }

    /** Redeems up to {@code points} on {@code day}, no more than half the balance; returns the entry id (0: none). */
    @Transactional
    public long redeem(long memberId, long points, LocalDate day) {
        expireDue(memberId, day);
        long half = em.find(PointAccount.class, memberId).getBalance().value() / 2;
        if (Math.min(points, half) <= 0) {
            return 0;
        }
        return ledger.redeem(
                        memberId,
                        Points.of(Math.min(points, half)),
                        "IT-H",
                        Actor.client(TILL, LedgerReason.REDEMPTION.text()),
                        programme.rules(),
                        at(day, 18))
                .getId();
    }

    /** Expires what is due on {@code day} (as the nightly job would have that day). */
    @Transactional
    public void expireDue(long memberId, LocalDate day) {
        List<Long> due = em.createQuery(
                        "SELECT l.id FROM PointLot l WHERE l.memberId = :m AND l.remainingPoints > :none"
                                + " AND l.expiresOn < :day ORDER BY l.id",
                        Long.class)
                .setParameter("m", memberId)
                .setParameter("none", Points.ZERO)
                .setParameter("day", day)
                .getResultList();
        due.forEach(lot -> ledger.expire(lot, day, at(day, 1)));
    }

    /** Reverses an earn or a redemption today; returns the reversal's id. */
    @Transactional
    public long reverse(long entryId) {
        LedgerEntry original = em.find(LedgerEntry.class, entryId);
        return ledger.reverse(
                        original,
                        Actor.staff("it-history", "返品"),
                        programme.rules(),
                        em.find(Member.class, original.getMemberId()))
                .getId();
    }

    /** A staff correction today. */
    @Transactional
    public long adjust(long memberId, long points) {
        return ledger.adjust(memberId, PointsChange.of(points), Actor.staff("it-history", "お詫び"), programme.rules())
                .getId();
    }

    /** A merge of duplicates today: the lots move to the member who stays. */
    @Transactional
    public void merge(long fromMemberId, long toMemberId) {
        ledger.transferAll(fromMemberId, toMemberId, Actor.staff("it-history", "重複の統合"));
    }

    /** A withdrawal today: the balance lapses. */
    @Transactional
    public void withdraw(long memberId) {
        ledger.forfeitAll(memberId, Actor.staff("it-history", "退会"));
    }
}
