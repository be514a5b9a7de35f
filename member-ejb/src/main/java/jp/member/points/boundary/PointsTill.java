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
import jp.member.points.entity.ClientTransaction;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.entity.PointAccount;
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
    static final long MAX_AMOUNT_YEN = 100_000_000L;
    static final long MAX_POINTS = 10_000_000L;

    @Inject
    CardLookup cards;

    @Inject
    Ledger ledger;

    @Inject
    Programme programme;

    @Inject
    ClientTransactions transactions;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Points for a purchase of {@code amountYen} at a store, by the member's rank and today's campaigns. */
    public TillReceipt earn(String number, String storeCode, long amountYen, String transactionId) {
        requireTransactionId(transactionId);
        String store = requireStore(storeCode);
        if (amountYen <= 0 || amountYen > MAX_AMOUNT_YEN) {
            throw new BusinessException("points.amount.invalid");
        }
        Member member = active(number);
        String request = "earn|" + member.getId() + "|" + store + "|" + amountYen;
        return once(
                member,
                transactionId,
                request,
                () -> ledger.earn(member, amountYen, store, actor("purchase"), programme.rules()));
    }

    /** Spends points, taking the ones that expire first. */
    public TillReceipt redeem(String number, String storeCode, long points, String transactionId) {
        requireTransactionId(transactionId);
        String store = requireStore(storeCode);
        if (points <= 0 || points > MAX_POINTS) {
            throw new BusinessException("points.amount.invalid");
        }
        Member member = active(number);
        String request = "redeem|" + member.getId() + "|" + store + "|" + points;
        return once(
                member,
                transactionId,
                request,
                () -> ledger.redeem(member.getId(), points, store, actor("redemption"), programme.rules()));
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
                        original, actor("reversal of " + originalTransactionId), programme.rules(), member));
    }

    /** The balance and what expires in the next 30 days. Reading it changes nothing. */
    public TillBalance balance(String number) {
        Member member = findable(number);
        PointAccount account = em.find(PointAccount.class, member.getId());
        LocalDate until = ledger.today().plusDays(EXPIRING_SOON_DAYS);
        List<TillBalance.Expiring> soon = em.createQuery(
                        "SELECT l.expiresOn, SUM(l.remainingPoints) FROM PointLot l"
                                + " WHERE l.memberId = :m AND l.remainingPoints > 0 AND l.expiresOn <= :until"
                                + " GROUP BY l.expiresOn ORDER BY l.expiresOn",
                        Object[].class)
                .setParameter("m", member.getId())
                .setParameter("until", until)
                .getResultStream()
                .map(r -> new TillBalance.Expiring((LocalDate) r[0], ((Number) r[1]).longValue()))
                .toList();
        return new TillBalance(
                member.getMemberNumber(),
                member.getStatus().name(),
                member.getRank(),
                account == null ? 0 : account.getBalance(),
                soon);
    }

    private TillReceipt once(
            Member member, String transactionId, String request, java.util.function.Supplier<LedgerEntry> change) {
        String client = context.getCallerPrincipal().getName();
        PointAccount account = ledger.lock(member.getId());
        // read before the lock: another till may have changed the rank while this one waited
        em.refresh(member);
        var replayed = transactions.replay(client, transactionId, request, TillReceipt.class);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        LedgerEntry entry = change.get();
        TillReceipt receipt = new TillReceipt(
                transactionId,
                member.getMemberNumber(),
                entry.getType().name(),
                entry.getPoints(),
                account.getBalance(),
                entry.getId());
        transactions.remember(client, transactionId, request, entry.getId(), receipt);
        return receipt;
    }

    private Member active(String number) {
        Member member = findable(number);
        if (member.getStatus() == MemberStatus.SUSPENDED) {
            throw new BusinessException("member.suspended");
        }
        return member;
    }

    private Member findable(String number) {
        return cards.findable(number, "card.unknown");
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
