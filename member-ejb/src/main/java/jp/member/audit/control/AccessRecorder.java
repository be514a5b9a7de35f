package jp.member.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Collection;
import java.util.stream.Collectors;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;

/**
 * Records every read of personal data in the audit trail, in the transaction of the read: if the entry cannot be
 * written, the read fails too, so no personal data leaves without its record. A staff member without a current
 * attestation (agreement, training, policy) is refused here, before anything is returned.
 */
@ApplicationScoped
public class AccessRecorder {

    @Inject
    AuditTrail trail;

    @Inject
    StaffClearance clearance;

    public void record(
            Principal caller,
            ActorKind kind,
            long memberId,
            Collection<? extends RecordedField> fields,
            AccessPurpose purpose,
            String reason,
            String inquiryNumber) {
        record(caller, kind, memberId, fields, purpose, reason, inquiryNumber, null);
    }

    /** As above, with a note on what else was shown (e.g. the fields an API client got masked). */
    public void record(
            Principal caller,
            ActorKind kind,
            long memberId,
            Collection<? extends RecordedField> fields,
            AccessPurpose purpose,
            String reason,
            String inquiryNumber,
            String target) {
        trail.record(access(caller, kind, memberId, fields, purpose)
                .reason(reason)
                .inquiry(inquiryNumber)
                .target(target));
    }

    /**
     * The access record, to be written with others of the same action ({@link AuditTrail#recordAll}) — after the
     * clearance check, which refuses here as {@link #record} does, so nothing is read that cannot be recorded.
     */
    public AuditEvent access(
            Principal caller,
            ActorKind kind,
            long memberId,
            Collection<? extends RecordedField> fields,
            AccessPurpose purpose) {
        if (kind == ActorKind.STAFF) {
            // the read happens only if it can be recorded, and only for staff whose attestation is current
            clearance.requireCurrent(caller.getName());
        }
        return AuditEvent.of(AuditEventType.PERSONAL_DATA_READ)
                .by(caller.getName(), kind)
                .member(memberId)
                .fields(fields.stream().map(RecordedField::column).collect(Collectors.joining(",")))
                .purpose(purpose);
    }
}
