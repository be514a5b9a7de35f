package jp.member.audit.control;

import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEntry.Outcome;
import jp.member.audit.entity.AuditEventType;

/**
 * What a use case tells the audit trail: the event and its targets; who, when and from where the trail adds
 * itself. Targets are ids and names of things ({@code "entry:42"}, {@code "staff:agent"}), never personal values.
 */
public final class AuditEvent {

    final AuditEventType type;
    Outcome outcome = Outcome.SUCCESS;
    String actor;
    ActorKind actorKind;
    Long memberId;
    String target;
    String fields;
    AccessPurpose purpose;
    String reason;
    String inquiryNumber;
    String clientAddress;

    private AuditEvent(AuditEventType type) {
        this.type = type;
    }

    public static AuditEvent of(AuditEventType type) {
        return new AuditEvent(type);
    }

    /** The member concerned. */
    public AuditEvent member(long id) {
        this.memberId = id;
        return this;
    }

    /** What the entry is about, by id, with details after it ({@code null} for none): {@code kind:id;detail}. */
    public AuditEvent subject(AuditSubject subject, long id, String detail) {
        this.target = subject.kind() + ":" + id + (detail == null ? "" : ";" + detail);
        return this;
    }

    /** Another target, as {@code kind:id}. */
    public AuditEvent target(String target) {
        this.target = target;
        return this;
    }

    /** The personal fields read or changed, by column name. */
    public AuditEvent fields(String fields) {
        this.fields = fields;
        return this;
    }

    public AuditEvent purpose(AccessPurpose purpose) {
        this.purpose = purpose;
        return this;
    }

    public AuditEvent reason(String reason) {
        this.reason = reason;
        return this;
    }

    public AuditEvent inquiry(String inquiryNumber) {
        this.inquiryNumber = inquiryNumber;
        return this;
    }

    public AuditEvent outcome(Outcome outcome) {
        this.outcome = outcome;
        return this;
    }

    /** Where the request came from, when it is known before the request's origin is (sign-in). */
    public AuditEvent from(String clientAddress) {
        this.clientAddress = clientAddress;
        return this;
    }

    /** Someone other than the caller (a sign-in attempt has no caller yet). */
    public AuditEvent by(String actor, ActorKind kind) {
        this.actor = actor;
        this.actorKind = kind;
        return this;
    }
}
