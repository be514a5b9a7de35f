package jp.member.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One read of a member's personal data: who, when, from where, which member, which fields, why. Append-only: no
 * setter, no update or delete path anywhere in the application. Holds no personal value itself.
 */
@Entity
@Table(name = "personal_data_access")
@NamedQuery(
        name = PersonalDataAccess.FIND_BY_MEMBER,
        query = "SELECT a FROM PersonalDataAccess a WHERE a.memberId = :memberId ORDER BY a.id DESC")
public class PersonalDataAccess {

    public static final String FIND_BY_MEMBER = "PersonalDataAccess.findByMember";

    /** Why the data was read. */
    public enum Purpose {
        /** Shown (masked) in search results. */
        SEARCH,
        /** The member's page opened (masked). */
        VIEW,
        /** A field shown in full, with a reason. */
        REVEAL,
        /** Read by a machine client of the API. */
        API_READ
    }

    /** Whether a person or a machine read it. */
    public enum ActorKind {
        STAFF,
        CLIENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 8)
    private ActorKind actorKind;

    @Column(name = "client_address", nullable = false, updatable = false, length = 45)
    private String clientAddress;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(nullable = false, updatable = false, length = 200)
    private String fields;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Purpose purpose;

    @Column(updatable = false, length = 24)
    private String reason;

    @Column(name = "inquiry_number", updatable = false, length = 32)
    private String inquiryNumber;

    protected PersonalDataAccess() {}

    public PersonalDataAccess(
            Instant occurredAt,
            String actor,
            ActorKind actorKind,
            String clientAddress,
            long memberId,
            String fields,
            Purpose purpose,
            String reason,
            String inquiryNumber) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorKind = actorKind;
        this.clientAddress = clientAddress;
        this.memberId = memberId;
        this.fields = fields;
        this.purpose = purpose;
        this.reason = reason;
        this.inquiryNumber = inquiryNumber;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getFields() {
        return fields;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getReason() {
        return reason;
    }

    public String getInquiryNumber() {
        return inquiryNumber;
    }
}
