package jp.member.exports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.entity.ExportRequest;
import jp.member.security.crypto.DataProtection;
import jp.member.shared.Secrets;
import jp.member.shared.Settings;

/**
 * The steps of generation as they become visible to everyone, each committed on its own while the long generation
 * runs outside any transaction: the claim (an approved export is generated once, also with several instances), the
 * progress, and the end — ready with its download window, or failed.
 */
@ApplicationScoped
public class ExportProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    DataProtection protection;

    /** The job, when this caller claimed the approved export; null when it is not (or no longer) approved. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ExportJob claim(long id) {
        ExportRequest export = em.find(ExportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (export == null || !export.startGenerating(clock.instant())) {
            return null;
        }
        return new ExportJob(
                id,
                export.getRef(),
                export.filter(),
                export.columns(),
                export.isWithBom(),
                export.isJapaneseHeaders(),
                export.getMatchedAtRequest() - export.getExcludedAtRequest());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long id, long rows) {
        em.find(ExportRequest.class, id).progress(rows, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ready(long id, long rows, long excluded, long bytes, byte[] sealedKey) {
        ExportRequest export = em.find(ExportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        byte[] password = export.isAsZip() ? sealedPassword(export.getRef()) : null;
        export.expect(rows, excluded);
        export.ready(
                rows,
                bytes,
                sealedKey,
                password,
                clock.instant(),
                Duration.ofHours(settings.intValue("export.download.hours", 72)),
                settings.intValue("export.download.limit", 3));
        audit.record(AuditEvent.of(AuditEventType.EXPORT_GENERATED)
                .by("system", ActorKind.SYSTEM)
                .subject(AuditSubject.EXPORT, id, "rows:" + rows + ";excluded:" + excluded)
                .fields(String.join(
                        ",", export.columns().stream().map(c -> c.key()).toList())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String why) {
        ExportRequest export = em.find(ExportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        export.fail(why);
        // whatever the member list writer had committed: a failed export contained nobody
        em.createNativeQuery("DELETE FROM export_member WHERE export_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        audit.record(AuditEvent.of(AuditEventType.EXPORT_FAILED)
                .by("system", ActorKind.SYSTEM)
                .subject(AuditSubject.EXPORT, id, null)
                .reason(why));
    }

    /** The ZIP password, sealed with the data key and bound to this export. */
    private byte[] sealedPassword(String ref) {
        return protection.cipher().seal(Secrets.zipPassword(), passwordBinding(ref));
    }

    public static String passwordBinding(String ref) {
        return "export-zip|" + ref;
    }
}
