package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.member.points.rules.PointsChange;
import jp.member.shared.BusinessException;
import jp.member.shared.OneLine;
import jp.member.staff.entity.StaffAccount;

/** An adjustment above the threshold, waiting for a manager who did not ask for it. */
@Entity
@Table(name = "adjustment_request")
public class AdjustmentRequest {

    /** Where the request stands. */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    /** The longest comment of the manager who decides (optional). */
    public static final int COMMENT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Convert(converter = PointsChangeConverter.class)
    @Column(nullable = false, updatable = false)
    private PointsChange points;

    @Column(nullable = false, updatable = false, length = 200)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "decided_by", length = StaffAccount.USERNAME_MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = COMMENT_MAX)
    private String comment;

    @Column(name = "entry_id")
    private Long entryId;

    @Version
    private long version;

    protected AdjustmentRequest() {}

    public AdjustmentRequest(
            long memberId, PointsChange points, String reason, String requestedBy, Instant requestedAt) {
        this.memberId = memberId;
        this.points = points;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = Status.PENDING;
    }

    /** Two people: whoever asked cannot decide. */
    public void decide(boolean approve, String manager, String note, Instant at) {
        if (status != Status.PENDING) {
            throw new BusinessException("points.adjustment.decided");
        }
        if (note != null && note.length() > COMMENT_MAX) {
            throw new BusinessException("points.adjustment.commentTooLong", COMMENT_MAX);
        }
        if (manager.equals(requestedBy)) {
            throw new BusinessException("points.adjustment.ownRequest");
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        decidedBy = manager;
        decidedAt = at;
        comment = note;
    }

    /**
     * The reason the ledger entry of the approved adjustment carries: the request's reason and where it came from,
     * the reason shortened when both would not fit the entry's reason column (a long requester's name).
     */
    public String ledgerReason(long requestId) {
        String source = " (request " + requestId + " by " + requestedBy + ")";
        return OneLine.fit(reason, Math.max(0, LedgerEntry.REASON_MAX - source.length())) + source;
    }

    public void applied(long ledgerEntryId) {
        this.entryId = ledgerEntryId;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public PointsChange getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getComment() {
        return comment;
    }

    public Long getEntryId() {
        return entryId;
    }
}
