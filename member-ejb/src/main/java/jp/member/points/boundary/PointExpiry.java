package jp.member.points.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jp.member.points.control.Ledger;
import jp.member.security.Roles;

/**
 * Expires lots past their date. Runs every night at 01:30 on every instance. It walks the due lots by id in batches
 * of {@value #BATCH}, each its own transaction, and every lot is checked again under its member's lock, so running it
 * on several instances at once, twice, or again after a crash expires each lot exactly once.
 *
 * <p>The bean demarcates its own transactions (one per batch) instead of calling itself through the container: a
 * timer has no caller, and a self-call would need a run-as identity that the server maps to a principal — which a
 * deployment without such a mapping refuses.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PointExpiry {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(PointExpiry.class.getName());

    @Inject
    Ledger ledger;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    TimerService timers;

    /** Expires everything due today; returns the points expired. */
    public long expireDue() {
        long after = 0;
        long points = 0;
        while (true) {
            ExpiryBatch batch;
            try {
                batch = expireBatch(after, BATCH);
            } catch (EJBException collided) {
                // a lock wait or deadlock with a till: this batch was rolled back whole and is done again
                batch = expireBatch(after, BATCH);
            }
            if (batch.lastLotId() < 0) {
                return points;
            }
            points += batch.points();
            after = batch.lastLotId();
        }
    }

    /** One batch, in its own transaction: up to {@code limit} due lots with an id above {@code afterLotId}. */
    public ExpiryBatch expireBatch(long afterLotId, int limit) {
        try {
            transaction.begin();
            ExpiryBatch batch = expireIn(afterLotId, limit);
            transaction.commit();
            return batch;
        } catch (Exception failed) {
            rollBack();
            throw new EJBException("expiry batch after lot " + afterLotId + " rolled back", failed);
        }
    }

    private ExpiryBatch expireIn(long afterLotId, int limit) {
        LocalDate today = ledger.today();
        List<Long> due = em.createQuery(
                        "SELECT l.id FROM PointLot l WHERE l.id > :after AND l.expiresOn < :today"
                                + " AND l.remainingPoints > 0 ORDER BY l.id",
                        Long.class)
                .setParameter("after", afterLotId)
                .setParameter("today", today)
                .setMaxResults(Math.max(1, Math.min(limit, 5000)))
                .getResultList();
        long points = 0;
        for (long lotId : due) {
            points += ledger.expire(lotId, today);
        }
        return new ExpiryBatch(due.size(), points, due.isEmpty() ? -1 : due.get(due.size() - 1));
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.warning(() -> "Point expiry: roll-back failed: " + e.getClass().getName());
        }
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<ExpiringSoon> expiringWithin(int days) {
        LocalDate today = ledger.today();
        return em.createQuery(
                        "SELECT m.memberNumber, l.expiresOn, SUM(l.remainingPoints) FROM PointLot l, Member m"
                                + " WHERE m.id = l.memberId AND l.remainingPoints > 0 AND l.expiresOn >= :today"
                                + " AND l.expiresOn <= :until GROUP BY m.memberNumber, l.expiresOn"
                                + " ORDER BY l.expiresOn, m.memberNumber",
                        Object[].class)
                .setParameter("today", today)
                .setParameter("until", today.plusDays(Math.max(0, Math.min(days, 366))))
                .getResultStream()
                .map(r -> new ExpiringSoon((String) r[0], (LocalDate) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /**
     * Starts an expiry run now, in the background and exactly as the nightly one runs (e.g. to catch up after the
     * servers were down at 01:30).
     */
    public void startNow() {
        timers.createSingleActionTimer(0, new TimerConfig(null, false));
    }

    @Timeout
    void onDemand() {
        nightly();
    }

    @Schedule(hour = "1", minute = "30", persistent = false)
    void nightly() {
        long points = expireDue();
        LOG.info(() -> "Point expiry: " + points + " points expired");
    }
}
