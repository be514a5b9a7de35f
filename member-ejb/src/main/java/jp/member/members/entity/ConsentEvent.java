package jp.member.members.entity;

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
import jp.member.audit.entity.AuditEntry;

/** One change of a member's marketing consent. Append-only. */
@Entity
@Table(name = "consent_event")
@NamedQuery(
        name = ConsentEvent.FIND_BY_MEMBER,
        query = "SELECT e FROM ConsentEvent e WHERE e.memberId = :memberId ORDER BY e.id DESC")
public class ConsentEvent {

    public static final String FIND_BY_MEMBER = "ConsentEvent.findByMember";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private ConsentChannel channel;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = AuditEntry.ACTOR_MAX)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private EnrolmentChannel via;

    protected ConsentEvent() {}

    public ConsentEvent(
            long memberId,
            ConsentChannel channel,
            boolean granted,
            Instant changedAt,
            String changedBy,
            EnrolmentChannel via) {
        this.memberId = memberId;
        this.channel = channel;
        this.granted = granted;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.via = via;
    }

    public ConsentChannel getChannel() {
        return channel;
    }

    public boolean isGranted() {
        return granted;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public EnrolmentChannel getVia() {
        return via;
    }

    public Long getMemberId() {
        return memberId;
    }
}
