package jp.member.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jp.member.audit.chain.AuditRecord;
import jp.member.shared.RequestOrigin;

/**
 * One entry of the audit trail: when, what, who (staff account, machine client or the system), from where, about
 * which member or other target, which personal fields, why, and with what outcome. Append-only: written by
 * {@code AuditTrail} with plain inserts, read here only as the content the hash chain covers; no setter, no update
 * or delete path in the application. Holds no personal value.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /**
     * The longest actor name: a staff username, an API client id or {@code system}. Staff usernames and client ids are
     * limited to fit (staff's {@code StaffAccount.USERNAME_MAX}, {@code ApiClient.CLIENT_ID_MAX}); every other record
     * of who did something that may be a person or a machine client holds this much too.
     */
    public static final int ACTOR_MAX = 64;

    /** The longest target (what the action was about, e.g. {@code export:12;requested-by:sato}); longer is cut. */
    public static final int TARGET_MAX = 120;

    /** The longest list of personal fields read or changed; longer is cut. */
    public static final int FIELDS_MAX = 200;

    /**
     * The longest reason the trail keeps; a longer one (a comment, a setting's old and new value) is cut. Not a limit
     * on what people type: each form checks its own (e.g. a points adjustment's reason, an export decision's comment).
     */
    public static final int REASON_MAX = 200;

    /** The longest inquiry (ticket) number an agent gives when revealing a field; the reveal refuses a longer one. */
    public static final int INQUIRY_MAX = 32;

    /** Whether a person, a machine client or the application itself acted. */
    public enum ActorKind {
        STAFF,
        CLIENT,
        SYSTEM
    }

    /** How the action ended. */
    public enum Outcome {
        SUCCESS,
        FAILURE,
        DENIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_us", nullable = false, updatable = false)
    private long occurredMicros;

    @Column(name = "event_type", nullable = false, updatable = false, length = 40)
    private String eventType;

    @Column(nullable = false, updatable = false, length = 8)
    private String outcome;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Column(name = "actor_kind", nullable = false, updatable = false, length = 8)
    private String actorKind;

    @Column(name = "client_address", nullable = false, updatable = false, length = RequestOrigin.ADDRESS_MAX)
    private String clientAddress;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(updatable = false, length = TARGET_MAX)
    private String target;

    @Column(updatable = false, length = FIELDS_MAX)
    private String fields;

    @Column(updatable = false, length = 16)
    private String purpose;

    @Column(updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "inquiry_number", updatable = false, length = INQUIRY_MAX)
    private String inquiryNumber;

    protected AuditEntry() {}

    public static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** The content as the chain hashes it. */
    public AuditRecord record() {
        return new AuditRecord(
                id,
                instant(occurredMicros),
                eventType,
                outcome,
                actor,
                actorKind,
                clientAddress,
                memberId,
                target,
                fields,
                purpose,
                reason,
                inquiryNumber);
    }

    public Long getId() {
        return id;
    }
}
