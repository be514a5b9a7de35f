package jp.member.points.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import jp.member.members.control.CardLookup;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberStatus;
import jp.member.members.validation.Limits;
import jp.member.points.control.ClientTransactions;
import jp.member.points.control.Ledger;
import jp.member.points.control.Programme;
import jp.member.points.control.StoredReceipt;
import jp.member.points.control.TillEarns;
import jp.member.points.entity.ClientTransaction;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.entity.PointAccount;
import jp.member.points.rules.LedgerReason;
import jp.member.points.rules.Points;
import jp.member.points.rules.Yen;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;

/**
 * Points at the till and on the e-commerce site (role POS): earn for a purchase, redeem, reverse an earlier
 * transaction, read a balance. Every change is idempotent on the client's transaction id: a retry gets the original
 * receipt, and the same id with a different request is refused. Suspended members cannot earn or redeem.
 */
@Stateless
@RolesAllowed(Roles.POS)
public class PointsTill {

    private static final Pattern TRANSACTION_ID =
            Pattern.compile("[A-Za-z0-9._:-]{1," + ClientTransaction.TRANSACTION_ID_MAX + "}");
    private static final Pattern STORE_CODE = Pattern.compile("[A-Za-z0-9-]{1," + Limits.STORE_CODE_MAX + "}");
    static final int EXPIRING_SOON_DAYS = 30;
    static final Yen MAX_AMOUNT = Yen.of(100_000_000L);
    static final Points MAX_POINTS = Points.of(10_000_000L);

    @Inject
    CardLookup cards;

    @Inject
    Ledger ledger;

    @Inject
    Programme programme;

    @Inject
    ClientTransactions transactions;

    @Inject
    TillEarns earns;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * Points for a purchase of {@code amount} (more than 0 and at most 100,000,000 yen) at a store, by the member's
     * rank and today's campaigns.
     *
     * @param cardNumber the member number as the till read it; {@link CardLookup} decides what it names
     */
    public TillReceipt earn(String cardNumber, String storeCode, Yen amount, String transactionId) {
        requireTransactionId(transactionId);
        String store = requireStore(storeCode);
        if (amount == null || !amount.isPositive() || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new BusinessException("points.amount.invalid");
        }
        CardLookup.Card member = cards.card(cardNumber, "card.unknown");
        if (member.status() == MemberStatus.SUSPENDED) {
            throw new BusinessException("member.suspended");
        }
        String request = "earn|" + member.memberId() + "|" + store + "|" + amount.value();
        // the hot path of the till API: plain statements, same locks and checks (TillEarns, decision 0016)
        TillEarns.Purchase purchase = new TillEarns.Purchase(
                member.memberId(),
                member.number(),
                store,
                amount,
                context.getCallerPrincipal().getName(),
                transactionId,
                request);
        return TillReceipt.of(earns.earn(purchase, actor(LedgerReason.PURCHASE.text()), programme.rules()));
    }

    /**
     * Spends {@code points} (at least 1, at most 10,000,000), taking the ones that expire first.
     *
     * @param cardNumber the member number as the till read it; {@link CardLookup} decides what it names
     */
    public TillReceipt redeem(String cardNumber, String storeCode, Points points, String transactionId) {
        requireTransactionId(transactionId);
        String store = requireStore(storeCode);
        if (points == null || !points.isPositive() || points.compareTo(MAX_POINTS) > 0) {
            throw new BusinessException("points.amount.invalid");
        }
        Member member = active(cardNumber);
        String request = "redeem|" + member.getId() + "|" + store + "|" + points.value();
        return once(
                member,
                transactionId,
                request,
                () -> ledger.redeem(
                        member.getId(), points, store, actor(LedgerReason.REDEMPTION.text()), programme.rules()));
    }

    /** A refund or a cancelled sale: undoes this client's earlier transaction (see Ledger#reverse for the rules). */
    public TillReceipt reverse(String originalTransactionId, String transactionId) {
        requireTransactionId(transactionId);
        requireTransactionId(originalTransactionId);
        String client = context.getCallerPrincipal().getName();
        long entryId = transactions
                .entryOf(client, originalTransactionId)
                .orElseThrow(() -> new NotFoundException("points.transaction.unknown"));
        LedgerEntry original = em.find(LedgerEntry.class, entryId);
        Member member = em.find(Member.class, original.getMemberId());
        String request = "reverse|" + originalTransactionId;
        return once(
                member,
                transactionId,
                request,
                () -> ledger.reverse(
                        original, actor(LedgerReason.REVERSAL.text(originalTransactionId)), programme.rules(), member));
    }

    /** The balance and what expires in the next 30 days. Reading it changes nothing. */
    public TillBalance balance(String cardNumber) {
        Member member = findable(cardNumber);
        PointAccount account = em.find(PointAccount.class, member.getId());
        LocalDate until = ledger.today().plusDays(EXPIRING_SOON_DAYS);
        List<TillBalance.Expiring> soon = em.createQuery(
                        "SELECT l.expiresOn, SUM(l.remainingPoints) FROM PointLot l"
                                + " WHERE l.memberId = :m AND l.remainingPoints > :none AND l.expiresOn <= :until"
                                + " GROUP BY l.expiresOn ORDER BY l.expiresOn",
                        Object[].class)
                .setParameter("m", member.getId())
                .setParameter("none", Points.ZERO)
                .setParameter("until", until)
                .getResultStream()
                // SUM is not converted: EclipseLink gives the column's sum as a number
                .map(r -> new TillBalance.Expiring((LocalDate) r[0], Points.of(((Number) r[1]).longValue())))
                .toList();
        return new TillBalance(
                member.getMemberNumber(),
                member.getStatus().name(),
                member.getRank(),
                account == null ? Points.ZERO : account.getBalance(),
                soon);
    }

    private TillReceipt once(
            Member member, String transactionId, String request, java.util.function.Supplier<LedgerEntry> change) {
        String client = context.getCallerPrincipal().getName();
        PointAccount account = ledger.lock(member.getId());
        // read before the lock: another till may have changed the rank while this one waited
        em.refresh(member);
        var replayed = transactions.replay(client, transactionId, request, StoredReceipt.class);
        if (replayed.isPresent()) {
            return TillReceipt.of(replayed.get());
        }
        LedgerEntry entry = change.get();
        TillReceipt receipt = new TillReceipt(
                transactionId,
                member.getMemberNumber(),
                entry.getType().name(),
                entry.getPoints(),
                account.getBalance(),
                entry.getId());
        transactions.remember(client, transactionId, request, entry.getId(), receipt.stored());
        return receipt;
    }

    private Member active(String cardNumber) {
        Member member = findable(cardNumber);
        if (member.getStatus() == MemberStatus.SUSPENDED) {
            throw new BusinessException("member.suspended");
        }
        return member;
    }

    private Member findable(String cardNumber) {
        return cards.findable(cardNumber, "card.unknown");
    }

    private Actor actor(String reason) {
        return Actor.client(context.getCallerPrincipal().getName(), reason);
    }

    private static void requireTransactionId(String id) {
        if (id == null || !TRANSACTION_ID.matcher(id).matches()) {
            throw new BusinessException("points.transaction.invalid");
        }
    }

    private static String requireStore(String storeCode) {
        if (storeCode == null || !STORE_CODE.matcher(storeCode).matches()) {
            throw new BusinessException("member.storeCode.invalid");
        }
        return storeCode;
    }
}
