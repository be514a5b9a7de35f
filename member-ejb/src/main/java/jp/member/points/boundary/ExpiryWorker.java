package jp.member.points.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.member.points.control.ExpiryBatch;
import jp.member.points.control.Ledger;
import jp.member.points.rules.Points;

/**
 * One batch of the expiry run, in a container transaction of its own, over one share of the members (member id modulo
 * the number of shares), so that parallel workers never wait for each other's member locks.
 *
 * <p>An EJB, not a CDI bean with {@code @Transactional(REQUIRES_NEW)} as it was: on Payara a transaction that
 * {@code @Transactional} begins inside an EJB call that has none (the nightly timer, the run's own threads) does not
 * take in the connections used within it — the server enlists a connection in the transaction of the current
 * component invocation, which only the EJB container, a {@code UserTransaction} or a servlet request sets. Every
 * statement of a batch committed on its own and every lock ended with its statement.
 */
@Stateless
@PermitAll // the run's threads carry no caller (the nightly timer has none); it only expires lots past their date
public class ExpiryWorker {

    /** The most lots one transaction takes. */
    public static final int MAX_BATCH = 5000;

    @Inject
    Ledger ledger;

    @PersistenceContext
    EntityManager em;

    /**
     * Up to {@code limit} due lots of share {@code share} of {@code shares} with an id above {@code afterLotId}.
     *
     * @throws IllegalArgumentException for a share that does not exist
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExpiryBatch batch(long afterLotId, int limit, int share, int shares) {
        if (shares < 1 || share < 0 || share >= shares) {
            throw new IllegalArgumentException("no share " + share + " of " + shares);
        }
        LocalDate today = ledger.today();
        List<Long> due = em.createQuery(
                        "SELECT l.id FROM PointLot l WHERE l.id > :after AND l.expiresOn < :today"
                                + " AND l.remainingPoints > :none AND MOD(l.memberId, :shares) = :share ORDER BY l.id",
                        Long.class)
                .setParameter("after", afterLotId)
                .setParameter("today", today)
                .setParameter("none", Points.ZERO)
                .setParameter("shares", (long) shares)
                .setParameter("share", (long) share)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_BATCH)))
                .getResultList();
        Points points = Points.ZERO;
        for (long lotId : due) {
            points = points.plus(ledger.expire(lotId, today));
            // each lot is done: a persistence context that grew over the batch would make every flush slower
            em.flush();
            em.clear();
        }
        return new ExpiryBatch(due.size(), points, due.isEmpty() ? -1 : due.get(due.size() - 1));
    }
}
