package jp.member.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.audit.control.AuditArchiver;
import jp.member.audit.control.AuditChainer;
import jp.member.audit.control.ChainCheck;
import jp.member.audit.control.VerificationLog;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;
import jp.member.shared.Settings;
import jp.member.shared.Traces;
import jp.member.shared.boundary.InNewTransaction;

/**
 * The trail's background work, once per slot across the instances ({@link JobSlots}): every 5 seconds the waiting
 * entries are linked into the chain (safe on several instances at once, see {@link AuditChainer}) and, when the head
 * has moved and the last checkpoint is older than {@code audit.checkpoint.minutes} (default 10), a new checkpoint is
 * signed; every night at 03:15 the whole chain is verified and a break is recorded and logged as SEVERE; at 04:00 what
 * is past retention is archived ({@link AuditArchive}). No business methods: nobody calls it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSchedule {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(AuditSchedule.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    AuditChainer chainer;

    @Inject
    ChainCheck check;

    @Inject
    VerificationLog log;

    @Inject
    InNewTransaction transaction;

    @Inject
    Settings settings;

    @Inject
    AuditArchiver archiver;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void link() {
        if (!slots.claim("audit.link", Duration.ofSeconds(5))) {
            return; // another instance runs this slot
        }
        try {
            while (chainer.chainPending(BATCH) == BATCH) {
                // more waiting: go on
            }
            chainer.checkpoint(Duration.ofMinutes(settings.intValue("audit.checkpoint.minutes", 10)));
        } catch (RuntimeException e) {
            // another instance held the head too long, or the database is away: the next run picks everything up
            LOG.log(Level.WARNING, () -> "Audit chaining deferred: " + Traces.of(e));
        }
    }

    @Schedule(hour = "3", minute = "15", persistent = false)
    void verifyNightly() {
        if (!slots.claim("audit.verify", Duration.ofDays(1))) {
            return; // another instance runs this slot
        }
        var result = check.verify(List.of());
        transaction.call(() -> log.save(result, null));
    }

    @Schedule(hour = "4", minute = "0", persistent = false)
    void archiveNightly() {
        if (!slots.claim("audit.archive", Duration.ofDays(1))) {
            return; // another instance runs this slot
        }
        archiver.archivePastRetention();
    }
}
