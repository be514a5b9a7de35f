package jp.member.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.entity.ExportRequest;
import jp.member.exports.entity.ExportStatus;
import jp.member.shared.BusinessTime;
import jp.member.shared.Settings;
import jp.member.shared.Traces;

/**
 * Keeps the export workflow tidy, one request per transaction so that instances running it together do not clash:
 * unapproved requests expire at their deadline, files go when their window closes or their downloads are used up,
 * a generation that stopped beating (its server died) fails and leaves nothing behind, an approval whose start was
 * missed is started, and records past {@code export.records.years} are purged. Everything it does is audited.
 */
@ApplicationScoped
public class ExportHousekeeping {

    private static final Logger LOG = Logger.getLogger(ExportHousekeeping.class.getName());

    /** After the last allowed download the file stays this long, so that the download itself can finish. */
    static final Duration AFTER_LAST_DOWNLOAD = Duration.ofMinutes(10);

    static final Duration STALE_GENERATION = Duration.ofMinutes(10);
    static final Duration MISSED_START = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    @Inject
    ExportFiles files;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    ExportGenerator generator;

    /**
     * One pass over every kind of work; each request is handled in its own transaction, and one that fails (a file
     * that cannot be deleted, a lock held elsewhere) is logged and left for the next pass while the others go on.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void run() {
        Instant now = clock.instant();
        ExportHousekeeping self = self();
        each(
                "expire",
                ids(
                        "SELECT e.id FROM ExportRequest e WHERE e.status = :status AND e.decideBy <= :now",
                        ExportStatus.PENDING,
                        now),
                self::expire);
        each(
                "delete the file of",
                ids(
                        "SELECT e.id FROM ExportRequest e WHERE e.status = :status AND (e.downloadUntil <= :now"
                                + " OR e.downloadsUsed >= e.downloadLimit)",
                        ExportStatus.READY,
                        now),
                self::deleteSpentFile);
        each(
                "fail the stopped generation of",
                ids(
                        "SELECT e.id FROM ExportRequest e WHERE e.status = :status AND e.heartbeatAt <= :now",
                        ExportStatus.GENERATING,
                        now.minus(STALE_GENERATION)),
                self::failStale);
        each(
                "start",
                ids(
                        "SELECT e.id FROM ExportRequest e WHERE e.status = :status AND e.decidedAt <= :now",
                        ExportStatus.APPROVED,
                        now.minus(MISSED_START)),
                generator::start);
    }

    private static void each(String what, List<Long> ids, LongConsumer action) {
        for (long id : ids) {
            try {
                action.accept(id);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        () -> "Export housekeeping could not " + what + " export " + id + "; the next pass retries: "
                                + Traces.of(e));
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expire(long id) {
        ExportRequest export = em.find(ExportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (export.isOverdue(clock.instant())) {
            export.expire();
            audit.record(AuditEvent.of(AuditEventType.EXPORT_EXPIRED)
                    .by("system", ActorKind.SYSTEM)
                    .subject(AuditSubject.EXPORT, id, "requested-by:" + export.getRequestedBy()));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deleteSpentFile(long id) {
        ExportRequest export = em.find(ExportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean windowClosed = export.getStatus() == ExportStatus.READY && !now.isBefore(export.getDownloadUntil());
        boolean usedUp = export.isSpent(now)
                && (export.getLastDownloadAt() == null
                        || export.getLastDownloadAt().plus(AFTER_LAST_DOWNLOAD).isBefore(now));
        if (!windowClosed && !usedUp) {
            return;
        }
        try {
            files.delete(export.getRef());
        } catch (IOException e) {
            throw new UncheckedIOException("export file " + id + " could not be deleted", e);
        }
        export.fileDeleted(now);
        audit.record(AuditEvent.of(AuditEventType.EXPORT_FILE_DELETED)
                .by("system", ActorKind.SYSTEM)
                .subject(
                        AuditSubject.EXPORT,
                        id,
                        "downloads:" + export.getDownloadsUsed() + ";"
                                + (windowClosed ? "window closed" : "downloads used")));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failStale(long id) {
        ExportRequest export = em.find(ExportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (export.getStatus() != ExportStatus.GENERATING
                || export.getHeartbeatAt().plus(STALE_GENERATION).isAfter(clock.instant())) {
            return;
        }
        try {
            files.delete(export.getRef());
        } catch (IOException e) {
            throw new UncheckedIOException("export file " + id + " could not be deleted", e);
        }
        em.createNativeQuery("DELETE FROM export_member WHERE export_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        export.fail("interrupted");
        audit.record(AuditEvent.of(AuditEventType.EXPORT_FAILED)
                .by("system", ActorKind.SYSTEM)
                .subject(AuditSubject.EXPORT, id, null)
                .reason("generation stopped without finishing"));
    }

    /** Removes provision records and export records (with their member lists) past retention; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgePastRetention() {
        LocalDate today = time.today();
        Instant cutoff = time.startOf(today.minusYears(settings.intValue("export.records.years", 3)));
        int provisions = em.createNativeQuery("DELETE FROM provision_record WHERE keep_until < ?1")
                .setParameter(1, today)
                .executeUpdate();
        List<Long> old = em.createQuery(
                        "SELECT e.id FROM ExportRequest e WHERE e.requestedAt < :cutoff AND e.status IN :done"
                                + " AND NOT EXISTS (SELECT p FROM ProvisionRecord p WHERE p.exportId = e.id)",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setParameter(
                        "done",
                        List.of(ExportStatus.REJECTED, ExportStatus.EXPIRED, ExportStatus.FAILED, ExportStatus.DELETED))
                .setMaxResults(1000)
                .getResultList();
        for (Long id : old) {
            for (String table : List.of("export_member", "export_column_reason")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE export_id = ?1")
                        .setParameter(1, id)
                        .executeUpdate();
            }
            em.createNativeQuery("DELETE FROM export_request WHERE id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        if (provisions + old.size() > 0) {
            audit.record(AuditEvent.of(AuditEventType.EXPORT_RECORDS_PURGED)
                    .by("system", ActorKind.SYSTEM)
                    .target("provisions:" + provisions + ";exports:" + old.size() + ";before:" + cutoff));
        }
        return provisions + old.size();
    }

    private List<Long> ids(String jpql, ExportStatus status, Instant now) {
        return em.createQuery(jpql, Long.class)
                .setParameter("status", status)
                .setParameter("now", now)
                .setMaxResults(100)
                .getResultList();
    }

    /** Calls through the CDI proxy, so that each item gets its own transaction. */
    private ExportHousekeeping self() {
        return jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(ExportHousekeeping.class)
                .get();
    }
}
