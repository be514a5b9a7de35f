package jp.member.points.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import jp.member.members.validation.MemberNumber;
import jp.member.points.control.ExpiryBatch;
import jp.member.points.control.Ledger;
import jp.member.points.rules.Points;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;
import jp.member.shared.Settings;

/**
 * Expires lots past their date. Runs every night at 01:30, once across the instances ({@link JobSlots}). The members
 * are split into shares ({@code points.expiry.workers}, default 4) expired in parallel; each share walks its due lots
 * by id in batches of {@value #BATCH}, each its own transaction, and every lot is checked again under its member's
 * lock, so running it on several instances at once, twice, or again after a crash expires each lot exactly once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PointExpiry {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(PointExpiry.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    ExpiryWorker worker;

    @Inject
    Ledger ledger;

    @Inject
    Settings settings;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TimerService timers;

    /** Expires everything due today; returns the points expired. */
    public Points expireDue() {
        int shares = Math.max(1, Math.min(16, settings.intValue("points.expiry.workers", 4)));
        List<Future<Points>> runs = new ArrayList<>();
        for (int share = 0; share < shares; share++) {
            int mine = share;
            runs.add(executor.submit(() -> expireShare(mine, shares)));
        }
        Points points = Points.ZERO;
        try {
            for (Future<Points> run : runs) {
                points = points.plus(run.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EJBException("point expiry interrupted");
        } catch (ExecutionException e) {
            throw new EJBException("point expiry failed; the next run resumes it", e);
        }
        return points;
    }

    /** One batch of all members (for a run by hand and for tests): up to {@code limit} due lots after a lot id. */
    public ExpiryBatch expireBatch(long afterLotId, int limit) {
        return worker.batch(afterLotId, limit, 0, 1);
    }

    private Points expireShare(int share, int shares) {
        long after = 0;
        Points points = Points.ZERO;
        while (true) {
            ExpiryBatch batch;
            try {
                batch = worker.batch(after, BATCH, share, shares);
            } catch (RuntimeException collided) {
                // a lock wait or deadlock with a till: this batch was rolled back whole and is done again
                batch = worker.batch(after, BATCH, share, shares);
            }
            if (batch.lastLotId() < 0) {
                return points;
            }
            points = points.plus(batch.points());
            after = batch.lastLotId();
        }
    }

    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<ExpiringSoon> expiringWithin(int days) {
        LocalDate today = ledger.today();
        return em.createQuery(
                        "SELECT m.memberNumber, l.expiresOn, SUM(l.remainingPoints) FROM PointLot l, Member m"
                                + " WHERE m.id = l.memberId AND l.remainingPoints > :none AND l.expiresOn >= :today"
                                + " AND l.expiresOn <= :until GROUP BY m.memberNumber, l.expiresOn"
                                + " ORDER BY l.expiresOn, m.memberNumber",
                        Object[].class)
                .setParameter("none", Points.ZERO)
                .setParameter("today", today)
                .setParameter("until", today.plusDays(Math.max(0, Math.min(days, 366))))
                .getResultStream()
                // the member number comes through its converter; SUM is not converted and comes as a number
                .map(r ->
                        new ExpiringSoon((MemberNumber) r[0], (LocalDate) r[1], Points.of(((Number) r[2]).longValue())))
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
        run();
    }

    @Schedule(hour = "1", minute = "30", persistent = false)
    void nightly() {
        if (slots.claim("points.expiry", Duration.ofDays(1))) {
            run();
        }
    }

    private void run() {
        Points points = expireDue();
        LOG.info(() -> "Point expiry: " + points + " points expired");
    }
}
