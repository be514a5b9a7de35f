package jp.member.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.audit.chain.ChainVerifier;

/** One run of the chain verification and what it found. */
@Entity
@Table(name = "audit_verification")
public class VerificationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    @Column(nullable = false, updatable = false)
    private long verified;

    @Column(name = "last_seq", nullable = false, updatable = false)
    private long lastSeq;

    @Column(name = "broken_at", updatable = false)
    private Long brokenAt;

    @Column(updatable = false, length = 24)
    private String problem;

    @Column(name = "started_by", nullable = false, updatable = false, length = AuditEntry.ACTOR_MAX)
    private String startedBy;

    protected VerificationRun() {}

    public VerificationRun(Instant ranAt, ChainVerifier.Result result, String startedBy) {
        this.ranAt = ranAt;
        this.verified = result.verified();
        this.lastSeq = result.lastSeq();
        this.brokenAt = result.brokenAt();
        this.problem = result.problem() == null ? null : result.problem().name();
        this.startedBy = startedBy;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public long getVerified() {
        return verified;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public Long getBrokenAt() {
        return brokenAt;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isIntact() {
        return problem == null;
    }

    public String getStartedBy() {
        return startedBy;
    }
}
