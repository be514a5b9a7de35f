package jp.member.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.member.audit.control.AuditArchiver;
import jp.member.security.Roles;

/**
 * Retention of the audit trail: entries older than {@code audit.retention.days} (default 1,096 — three years; less
 * than 1,095 is refused) leave the database for an archive file in {@code audit.archive.dir} (keep it, and back it
 * up, with the other records); the chain in the database then starts at the archive's signed checkpoint. Runs every
 * night at 04:00 ({@link AuditSchedule}); an administrator can run it now.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditArchive {

    @Inject
    AuditArchiver archiver;

    /** Archives what is past retention now; returns how many entries left the database. */
    public long archiveNow() {
        return archiver.archivePastRetention();
    }
}
