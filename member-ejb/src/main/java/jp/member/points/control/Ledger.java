package jp.member.points.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.members.entity.Member;
import jp.member.members.rules.Rank;
import jp.member.points.entity.EntryType;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.entity.LotMovement;
import jp.member.points.entity.PointAccount;
import jp.member.points.entity.PointLot;
import jp.member.points.entity.RankChange;
import jp.member.points.rules.ExpiryRule;
import jp.member.points.rules.InsufficientPointsException;
import jp.member.points.rules.LedgerReason;
import jp.member.points.rules.LotAllocator;
import jp.member.points.rules.LotView;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.RankRule;
import jp.member.points.rules.Take;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;

/**
 * Every change of points goes through here, inside the caller's transaction, after locking the member's account row
 * ({@code SELECT ... FOR UPDATE}). So concurrent changes to one member run one after another, and each keeps the
 * invariants: balance = sum of the member's entries = sum of the remaining points of the member's lots, never
 * negative. Entries are only ever inserted.
 */
@ApplicationScoped
public class Ledger {

    /** What a points event says changed: the balance (never by how much, nor what it is). */
    public static final String BALANCE = "balance";

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    BusinessTime time;

    @Inject
    Outbox outbox;

    public LocalDate today() {
        return time.today();
    }

    /**
     * The member's account, created at the first movement, locked until the transaction ends. The member's own row
     * is locked first and is the one point where tills for the same member queue: locking the account row alone
     * deadlocks, because creating it checks the foreign key to the member with a shared lock, which a rank change
     * in the same transaction must then upgrade while the next till holds its own.
     */
    public PointAccount lock(long memberId) {
        String held = "points.lock." + memberId;
        if (transactions.getResource(held) != null) {
            // locked earlier in this transaction (a till locks before it checks for a retry, then the ledger)
            return em.find(PointAccount.class, memberId);
        }
        em.createNativeQuery("SELECT id FROM member WHERE id = ?1 FOR UPDATE")
                .setParameter(1, memberId)
                .getResultList();
        em.createNativeQuery("INSERT IGNORE INTO point_account (member_id, balance, version) VALUES (?1, 0, 0)")
                .setParameter(1, memberId)
                .executeUpdate();
        PointAccount account = em.find(PointAccount.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        transactions.putResource(held, Boolean.TRUE);
        return account;
    }

    /** Points for a purchase of {@code amount} by the member's rank and today's campaigns; a new lot. */
    public LedgerEntry earn(Member member, Yen amount, String storeCode, Actor actor, ProgrammeRules rules) {
        return earn(member, amount, storeCode, actor, rules, time.now());
    }

    /**
     * An earn at a given moment: live requests earn now ({@link #earn(Member, Yen, String, Actor, ProgrammeRules)}); a
     * history that happened before (imported or generated) at its own moments.
     */
    public LedgerEntry earn(
            Member member, Yen amount, String storeCode, Actor actor, ProgrammeRules rules, Instant at) {
        LocalDate today = time.dateOf(at);
        PointAccount account = lock(member.getId());
        Points points = rules.earn().points(amount, member.getRank(), today);
        if (points.isZero()) {
            // a purchase below the rate's one-point amount earns nothing and is not recorded (issue 11: an amount
            // truncated to 1 yen was recorded as an earn of 0 points)
            throw new BusinessException("points.earn.nothing");
        }
        LedgerEntry entry =
                record(LedgerEntry.earn(member.getId(), points, amount, storeCode, actor, at, today), account);
        grant(entry, today, rules.expiry());
        active(account, today, rules.expiry());
        outbox.member(EventType.POINTS_EARNED, member.getId(), at, BALANCE);
        rerank(member, rules.ranks(), today, at);
        return entry;
    }

    /** Spends {@code points}, taking the ones that expire first. */
    public LedgerEntry redeem(long memberId, Points points, String storeCode, Actor actor, ProgrammeRules rules) {
        return redeem(memberId, points, storeCode, actor, rules, time.now());
    }

    /** A redemption at a given moment (as {@link #earn(Member, Yen, String, Actor, ProgrammeRules, Instant)}). */
    public LedgerEntry redeem(
            long memberId, Points points, String storeCode, Actor actor, ProgrammeRules rules, Instant at) {
        if (!points.isPositive()) {
            throw new BusinessException("points.amount.invalid");
        }
        LocalDate today = time.dateOf(at);
        PointAccount account = lock(memberId);
        List<PointLot> lots = openLots(memberId);
        List<Take> takes =
                allocate(() -> LotAllocator.redeem(usable(lots, today), points.value()), "points.insufficient");
        LedgerEntry entry = record(LedgerEntry.redeem(memberId, points, storeCode, actor, at, today), account);
        take(entry, lots, takes);
        active(account, today, rules.expiry());
        outbox.member(EventType.POINTS_REDEEMED, memberId, at, BALANCE);
        return entry;
    }

    /**
     * Undoes an earn or a redemption, once. A reversed redemption gives back exactly the points it took, to the lots
     * it took them from. A reversed earn takes its points back — from its own lot first, then from the lots that
     * expire first; if the member no longer has them all, the reversal is refused
     * ({@code points.reversal.exceedsBalance}) and nothing changes: the balance never goes negative.
     */
    public LedgerEntry reverse(LedgerEntry original, Actor actor, ProgrammeRules rules, Member member) {
        if (original.getType() != EntryType.EARN && original.getType() != EntryType.REDEEM) {
            throw new BusinessException("points.reversal.notReversible");
        }
        PointAccount account = lock(original.getMemberId());
        boolean reversed = !em.createQuery("SELECT e.id FROM LedgerEntry e WHERE e.reversesEntryId = :id", Long.class)
                .setParameter("id", original.getId())
                .getResultList()
                .isEmpty();
        if (reversed) {
            throw new BusinessException("points.reversal.already");
        }
        LocalDate today = today();
        LedgerEntry reversal;
        if (original.getType() == EntryType.REDEEM) {
            List<LotMovement> taken = movements(original);
            if (taken.stream()
                    .anyMatch(t -> em.find(PointLot.class, t.getLotId()).getMemberId() != original.getMemberId())) {
                // the member was merged into another since: the points now live elsewhere
                throw new BusinessException("points.reversal.notReversible");
            }
            reversal = record(LedgerEntry.reversal(original, actor, time.now(), today), account);
            for (LotMovement t : taken) {
                em.find(PointLot.class, t.getLotId()).restore(t.getPoints().size());
                em.persist(new LotMovement(
                        reversal.getId(), t.getLotId(), t.getPoints().negate()));
            }
        } else {
            List<PointLot> lots = openLots(original.getMemberId());
            long preferred = lots.stream()
                    .filter(l -> l.getSourceEntryId() == original.getId())
                    .mapToLong(PointLot::getId)
                    .findFirst()
                    .orElse(-1);
            long earned = original.getPoints().value();
            List<Take> takes = earned == 0
                    ? List.of()
                    : allocate(
                            () -> LotAllocator.takeBack(usable(lots, today), preferred, earned),
                            "points.reversal.exceedsBalance");
            reversal = record(LedgerEntry.reversal(original, actor, time.now(), today), account);
            take(reversal, lots, takes);
            outbox.member(EventType.POINTS_REVERSED, original.getMemberId(), BALANCE);
            rerank(member, rules.ranks(), today);
            return reversal;
        }
        outbox.member(EventType.POINTS_REVERSED, original.getMemberId(), BALANCE);
        return reversal;
    }

    /** A staff correction: a positive one is a new lot, a negative one takes from the lots that expire first. */
    public LedgerEntry adjust(long memberId, PointsChange points, Actor actor, ProgrammeRules rules) {
        if (points.isZero()) {
            throw new BusinessException("points.amount.invalid");
        }
        LocalDate today = today();
        PointAccount account = lock(memberId);
        if (points.isPositive()) {
            LedgerEntry entry = record(
                    LedgerEntry.of(EntryType.ADJUSTMENT, memberId, points, null, actor, time.now(), today), account);
            grant(entry, today, rules.expiry());
            outbox.member(EventType.POINTS_ADJUSTED, memberId, BALANCE);
            return entry;
        }
        List<PointLot> lots = openLots(memberId);
        List<Take> takes = allocate(
                () -> LotAllocator.redeem(usable(lots, today), points.size().value()), "points.insufficient");
        LedgerEntry entry =
                record(LedgerEntry.of(EntryType.ADJUSTMENT, memberId, points, null, actor, time.now(), today), account);
        take(entry, lots, takes);
        outbox.member(EventType.POINTS_ADJUSTED, memberId, BALANCE);
        return entry;
    }

    /**
     * Expires what is left of one lot, if it is past its date and still holds points — checked again under the lock,
     * so two servers running expiry at once expire it once. Returns the points expired (none if nothing to do).
     */
    public Points expire(long lotId, LocalDate today) {
        return expire(lotId, today, time.now());
    }

    /** Expiry recorded at a given moment (a history that happened before). */
    public Points expire(long lotId, LocalDate today, Instant at) {
        PointLot candidate = em.find(PointLot.class, lotId);
        if (candidate == null) {
            return Points.ZERO;
        }
        PointAccount account = lock(candidate.getMemberId());
        PointLot lot = em.find(PointLot.class, lotId);
        em.refresh(lot);
        boolean movedMeanwhile = lot.getMemberId() != account.getMemberId();
        if (movedMeanwhile || lot.getRemainingPoints().isZero() || !ExpiryRule.isExpired(lot.getExpiresOn(), today)) {
            return Points.ZERO;
        }
        Points points = lot.getRemainingPoints();
        LedgerEntry entry = record(
                LedgerEntry.of(
                        EntryType.EXPIRY,
                        lot.getMemberId(),
                        PointsChange.taking(points),
                        null,
                        Actor.system(LedgerReason.EXPIRY.text(lot.getExpiresOn())),
                        at,
                        today),
                account);
        lot.take(points);
        em.persist(new LotMovement(entry.getId(), lot.getId(), PointsChange.taking(points)));
        outbox.member(EventType.POINTS_EXPIRED, lot.getMemberId(), at, BALANCE);
        return points;
    }

    /** 退会: every remaining point lapses. Nothing is recorded when there are none. */
    public void forfeitAll(long memberId, Actor actor) {
        PointAccount account = lock(memberId);
        if (account.getBalance().isZero()) {
            return;
        }
        List<PointLot> lots = openLots(memberId);
        LedgerEntry entry = record(
                LedgerEntry.of(
                        EntryType.FORFEIT,
                        memberId,
                        PointsChange.taking(account.getBalance()),
                        null,
                        actor,
                        time.now(),
                        today()),
                account);
        take(
                entry,
                lots,
                lots.stream()
                        .map(l -> new Take(l.getId(), l.getRemainingPoints().value()))
                        .toList());
    }

    /** Merged duplicates: the lots move, with their expiry dates, to the member who stays; both sides recorded. */
    public void transferAll(long fromMemberId, long toMemberId, Actor actor) {
        PointAccount first = lock(Math.min(fromMemberId, toMemberId));
        PointAccount second = lock(Math.max(fromMemberId, toMemberId));
        PointAccount from = first.getMemberId() == fromMemberId ? first : second;
        PointAccount to = from == first ? second : first;
        Points total = from.getBalance();
        if (total.isZero()) {
            return;
        }
        List<PointLot> lots = openLots(fromMemberId);
        LocalDate today = today();
        LedgerEntry out = record(
                LedgerEntry.of(
                        EntryType.TRANSFER,
                        fromMemberId,
                        PointsChange.taking(total),
                        toMemberId,
                        actor,
                        time.now(),
                        today),
                from);
        LedgerEntry in = record(
                LedgerEntry.of(
                        EntryType.TRANSFER,
                        toMemberId,
                        PointsChange.adding(total),
                        fromMemberId,
                        actor,
                        time.now(),
                        today),
                to);
        for (PointLot lot : lots) {
            em.persist(new LotMovement(out.getId(), lot.getId(), PointsChange.taking(lot.getRemainingPoints())));
            em.persist(new LotMovement(in.getId(), lot.getId(), PointsChange.adding(lot.getRemainingPoints())));
            lot.transferTo(toMemberId);
        }
    }

    /** The member's lots that still hold points, the soonest to expire first. */
    public List<PointLot> openLots(long memberId) {
        return em.createQuery(
                        "SELECT l FROM PointLot l WHERE l.memberId = :m AND l.remainingPoints > :none"
                                + " ORDER BY l.expiresOn, l.id",
                        PointLot.class)
                .setParameter("m", memberId)
                .setParameter("none", Points.ZERO)
                .getResultList();
    }

    /** Qualifying spend over the rolling period decides the rank; a change is kept in the rank history. */
    public void rerank(Member member, RankRule ranks, LocalDate today) {
        rerank(member, ranks, today, time.now());
    }

    private void rerank(Member member, RankRule ranks, LocalDate today, Instant at) {
        // SUM is not converted: EclipseLink gives the column's sum as a number
        Yen spend = Yen.of(((Number) em.createQuery(
                                "SELECT COALESCE(SUM(e.amountYen), 0) FROM LedgerEntry e WHERE e.memberId = :m"
                                        + " AND e.amountYen IS NOT NULL AND e.businessDate >= :from",
                                Object.class)
                        .setParameter("m", member.getId())
                        .setParameter("from", RankRule.qualifyingFrom(today))
                        .getSingleResult())
                .longValue());
        Rank rank = ranks.rankFor(spend);
        if (!rank.equals(member.getRank())) {
            em.persist(new RankChange(member.getId(), member.getRank(), rank, spend, at));
            member.changeRank(rank);
            outbox.member(EventType.RANK_CHANGED, member.getId(), at, "rank");
        }
    }

    private LedgerEntry record(LedgerEntry entry, PointAccount account) {
        em.persist(entry);
        em.flush();
        account.apply(entry);
        return entry;
    }

    private void grant(LedgerEntry entry, LocalDate today, ExpiryRule expiry) {
        PointLot lot = new PointLot(
                entry.getMemberId(),
                entry.getId(),
                today,
                expiry.expiresOn(today),
                entry.getPoints().size());
        em.persist(lot);
        em.flush();
        em.persist(new LotMovement(entry.getId(), lot.getId(), entry.getPoints()));
    }

    private void take(LedgerEntry entry, List<PointLot> lots, List<Take> takes) {
        Map<Long, PointLot> byId = lots.stream().collect(Collectors.toMap(PointLot::getId, Function.identity()));
        for (Take take : takes) {
            Points taken = Points.of(take.points());
            byId.get(take.lotId()).take(taken);
            em.persist(new LotMovement(entry.getId(), take.lotId(), PointsChange.taking(taken)));
        }
    }

    /** Under the "after last activity" rule, every open lot moves its expiry with each earn or redemption. */
    private void active(PointAccount account, LocalDate today, ExpiryRule expiry) {
        account.active(today);
        if (expiry.moves()) {
            LocalDate newExpiry = expiry.expiresOn(today);
            openLots(account.getMemberId()).forEach(lot -> lot.redate(newExpiry));
        }
    }

    private List<LotMovement> movements(LedgerEntry entry) {
        return em.createQuery("SELECT m FROM LotMovement m WHERE m.entryId = :e", LotMovement.class)
                .setParameter("e", entry.getId())
                .getResultList();
    }

    /**
     * Lots that can still be spent today: one past its date is gone even before the nightly job has recorded its
     * expiry.
     */
    private static List<LotView> usable(List<PointLot> lots, LocalDate today) {
        return lots.stream()
                .filter(l -> !ExpiryRule.isExpired(l.getExpiresOn(), today))
                .map(l -> new LotView(
                        l.getId(), l.getExpiresOn(), l.getRemainingPoints().value()))
                .toList();
    }

    private static List<Take> allocate(java.util.function.Supplier<List<Take>> allocation, String refusalKey) {
        try {
            return allocation.get();
        } catch (InsufficientPointsException e) {
            throw new BusinessException(refusalKey);
        }
    }
}
