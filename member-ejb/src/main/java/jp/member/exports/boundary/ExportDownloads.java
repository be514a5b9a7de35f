package jp.member.exports.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.Outcome;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.control.ExportFiles;
import jp.member.exports.control.ExportLockdown;
import jp.member.exports.control.ExportProgress;
import jp.member.exports.entity.ExportRequest;
import jp.member.exports.entity.ProvisionRecord;
import jp.member.exports.rules.RecipientKind;
import jp.member.security.Roles;
import jp.member.security.crypto.AesZip;
import jp.member.security.crypto.DataProtection;
import jp.member.shared.BusinessTime;
import jp.member.shared.NotFoundException;
import jp.member.shared.Settings;

/**
 * Downloads of a generated export, by its requester only: anyone else — another manager included — is told the
 * export does not exist, whatever reference they try. Each download is counted and recorded before a byte leaves;
 * the window and the limit ({@code export.download.hours}, default 72; {@code export.download.limit}, default 3)
 * are checked under a lock, so parallel clicks cannot exceed them. The first download of a third-party export
 * creates its provision record (APPI Art. 29), kept {@code export.records.years} (default 3).
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class ExportDownloads {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExportLockdown lockdown;

    @Inject
    ExportFiles files;

    @Inject
    DataProtection protection;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** Counts a download and returns it; the content is read from the encrypted file as it is written. */
    public ExportDownload download(String ref) {
        lockdown.requireOff();
        ExportRequest export = ExportRequests.byRef(em, ref);
        em.refresh(export, LockModeType.PESSIMISTIC_WRITE);
        try {
            export.download(context.getCallerPrincipal().getName(), clock.instant());
        } catch (NotFoundException notTheRequester) {
            // someone else's export: refused as if it did not exist, and on record (this transaction rolls back)
            audit.recordOnItsOwn(AuditEvent.of(AuditEventType.EXPORT_DOWNLOADED)
                    .outcome(Outcome.DENIED)
                    .subject(AuditSubject.EXPORT, export.getId(), "requested-by:" + export.getRequestedBy()));
            throw notTheRequester;
        }
        boolean first = export.getDownloadsUsed() == 1;
        audit.record(AuditEvent.of(AuditEventType.EXPORT_DOWNLOADED)
                .subject(
                        AuditSubject.EXPORT,
                        export.getId(),
                        "download:" + export.getDownloadsUsed() + "/" + export.getDownloadLimit() + ";rows:"
                                + export.getRowsWritten())
                .fields(ExportRequests.keys(export.columns())));
        if (first && export.getRecipientKind() == RecipientKind.THIRD_PARTY) {
            ProvisionRecord record = new ProvisionRecord(
                    export, clock.instant(), time.today().plusYears(settings.intValue("export.records.years", 3)));
            em.persist(record);
            audit.record(AuditEvent.of(AuditEventType.PROVISION_RECORDED)
                    .subject(
                            AuditSubject.EXPORT,
                            export.getId(),
                            "recipient:" + export.getRecipientName() + ";members:" + export.getRowsWritten()));
        }
        String day = time.today().format(DAY);
        String name = "member-export-" + day + "-" + export.getId();
        byte[] key = export.getFileKey();
        String password = export.isAsZip()
                ? protection.cipher().open(export.getZipPassword(), ExportProgress.passwordBinding(ref))
                : null;
        return password == null ? new Csv(files, ref, key, name + ".csv") : new Zip(files, ref, key, name, password);
    }

    /** The ZIP password, shown to the requester once; afterwards only a new request helps. */
    public String revealPassword(String ref) {
        lockdown.requireOff();
        ExportRequest export = ExportRequests.byRef(em, ref);
        em.refresh(export, LockModeType.PESSIMISTIC_WRITE);
        byte[] sealed = export.showPassword(context.getCallerPrincipal().getName());
        audit.record(
                AuditEvent.of(AuditEventType.EXPORT_PASSWORD_SHOWN).subject(AuditSubject.EXPORT, export.getId(), null));
        return protection.cipher().open(sealed, ExportProgress.passwordBinding(ref));
    }

    private record Csv(ExportFiles files, String ref, byte[] key, String fileName) implements ExportDownload {

        @Override
        public String contentType() {
            return "text/csv; charset=UTF-8";
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = files.open(ref, key)) {
                in.transferTo(out);
            }
        }
    }

    private record Zip(ExportFiles files, String ref, byte[] key, String baseName, String password)
            implements ExportDownload {

        @Override
        public String fileName() {
            return baseName + ".zip";
        }

        @Override
        public String contentType() {
            return "application/zip";
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = files.open(ref, key)) {
                AesZip.write(in, baseName + ".csv", password, out);
            }
        }

        @Override
        public String toString() {
            return "Zip[" + baseName + "]";
        }
    }
}
