package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.members.validation.Limits;

/** A member's rank moved, and the qualifying spend that moved it. Append-only. */
@Entity
@Table(name = "rank_change")
public class RankChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "from_rank", nullable = false, updatable = false, length = Limits.RANK_MAX)
    private String fromRank;

    @Column(name = "to_rank", nullable = false, updatable = false, length = Limits.RANK_MAX)
    private String toRank;

    @Column(name = "qualifying_spend_yen", nullable = false, updatable = false)
    private long qualifyingSpendYen;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RankChange() {}

    public RankChange(long memberId, String fromRank, String toRank, long qualifyingSpendYen, Instant changedAt) {
        this.memberId = memberId;
        this.fromRank = fromRank;
        this.toRank = toRank;
        this.qualifyingSpendYen = qualifyingSpendYen;
        this.changedAt = changedAt;
    }

    public String getFromRank() {
        return fromRank;
    }

    public String getToRank() {
        return toRank;
    }

    public long getQualifyingSpendYen() {
        return qualifyingSpendYen;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
