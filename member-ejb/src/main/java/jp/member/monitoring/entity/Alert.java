package jp.member.monitoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.shared.BusinessException;
import jp.member.staff.entity.StaffAccount;

/**
 * An alert: which rule fired for which staff account, when, how much it counted, the trail entries that are the
 * evidence, whether the account was suspended; then who acknowledged or escalated it, when, and why.
 */
@Entity
@Table(name = "alert")
public class Alert {

    /** Where the alert stands. */
    public enum Status {
        OPEN,
        ACKNOWLEDGED,
        ESCALATED
    }

    /**
     * The longest comment of the manager who acknowledges or escalates an alert. Not an export decision's comment
     * ({@code ExportRequest.DECISION_COMMENT_MAX}), which happens to be as long.
     */
    public static final int COMMENT_MAX = 500;

    /** The rule code of an alert raised by a failed verification of the audit chain. */
    public static final String CHAIN_BROKEN = "AUDIT_CHAIN_BROKEN";
    /** The rule code of an alert raised by a sign-in from a network or device the company has not approved. */
    public static final String OUTSIDE_NETWORKS = "SIGN_IN_OUTSIDE_NETWORKS";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_code", nullable = false, updatable = false, length = 32)
    private String ruleCode;

    @Column(nullable = false, updatable = false, length = AuditEntry.ACTOR_MAX)
    private String actor;

    /** STAFF or CLIENT (an audit actor kind): whether {@code actor} is a staff username or an API client id. */
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 8)
    private String actorKind;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "hit_count", nullable = false, updatable = false)
    private long hitCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false, updatable = false)
    private boolean suspended;

    @Column(name = "handled_by", length = StaffAccount.USERNAME_MAX)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(length = COMMENT_MAX)
    private String comment;

    @ElementCollection
    @CollectionTable(name = "alert_evidence", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "entry_id")
    private List<Long> evidence = new ArrayList<>();

    @Version
    private long version;

    protected Alert() {}

    public Alert(
            String ruleCode,
            String actor,
            ActorKind actorKind,
            Instant raisedAt,
            long hitCount,
            List<Long> evidence,
            boolean suspended) {
        this.ruleCode = ruleCode;
        this.actor = actor;
        this.actorKind = actorKind.name();
        this.raisedAt = raisedAt;
        this.hitCount = hitCount;
        this.evidence = new ArrayList<>(evidence);
        this.suspended = suspended;
        this.status = Status.OPEN;
    }

    /** A manager's decision on an open alert, with a comment; an alert is decided once. */
    public void handle(Status decision, String manager, String why, Instant at) {
        if (decision == Status.OPEN) {
            throw new IllegalArgumentException("a decision is acknowledge or escalate");
        }
        if (status != Status.OPEN) {
            throw new BusinessException("alert.alreadyHandled");
        }
        String text = why == null ? "" : why.strip();
        if (text.isEmpty() || text.length() > COMMENT_MAX) {
            throw new BusinessException("alert.comment.required");
        }
        this.status = decision;
        this.handledBy = manager;
        this.comment = text;
        this.handledAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public String getActor() {
        return actor;
    }

    /** Whether the actor is an API client (else a staff account, or "system"). */
    public boolean isAboutClient() {
        return ActorKind.CLIENT.name().equals(actorKind);
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public long getHitCount() {
        return hitCount;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getComment() {
        return comment;
    }

    public List<Long> getEvidence() {
        return List.copyOf(evidence);
    }
}
