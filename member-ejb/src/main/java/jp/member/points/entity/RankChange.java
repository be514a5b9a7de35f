package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.members.entity.RankConverter;
import jp.member.members.rules.Rank;
import jp.member.members.validation.Limits;
import jp.member.points.rules.Yen;

/** A member's rank moved, and the qualifying spend that moved it. Append-only. */
@Entity
@Table(name = "rank_change")
public class RankChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Convert(converter = RankConverter.class)
    @Column(name = "from_rank", nullable = false, updatable = false, length = Limits.RANK_MAX)
    private Rank fromRank;

    @Convert(converter = RankConverter.class)
    @Column(name = "to_rank", nullable = false, updatable = false, length = Limits.RANK_MAX)
    private Rank toRank;

    @Convert(converter = YenConverter.class)
    @Column(name = "qualifying_spend_yen", nullable = false, updatable = false)
    private Yen qualifyingSpend;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RankChange() {}

    public RankChange(long memberId, Rank fromRank, Rank toRank, Yen qualifyingSpend, Instant changedAt) {
        this.memberId = memberId;
        this.fromRank = fromRank;
        this.toRank = toRank;
        this.qualifyingSpend = qualifyingSpend;
        this.changedAt = changedAt;
    }

    public Rank getFromRank() {
        return fromRank;
    }

    public Rank getToRank() {
        return toRank;
    }

    public Yen getQualifyingSpend() {
        return qualifyingSpend;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
