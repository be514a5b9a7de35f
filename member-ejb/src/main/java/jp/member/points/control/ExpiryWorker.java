package jp.member.points.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import jp.member.points.rules.Points;

/**
 * One batch of the expiry run, in its own transaction, over one share of the members (member id modulo the number of
 * shares), so that parallel workers never wait for each other's member locks. A CDI bean with
 * {@code @Transactional} rather than an EJB method: the nightly timer has no caller, and a business method would
 * ask for a role it cannot have.
 */
@ApplicationScoped
public class ExpiryWorker {

    /** The most lots one transaction takes. */
    public static final int MAX_BATCH = 5000;

    @Inject
    Ledger ledger;

    @PersistenceContext
    EntityManager em;

    /** Up to {@code limit} due lots of the share with an id above {@code afterLotId}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ExpiryBatch batch(long afterLotId, int limit, int share, int shares) {
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
