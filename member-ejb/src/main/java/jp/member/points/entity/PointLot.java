package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Points granted together, expiring together. */
@Entity
@Table(name = "point_lot")
public class PointLot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "source_entry_id", nullable = false, updatable = false)
    private long sourceEntryId;

    @Column(name = "earned_on", nullable = false, updatable = false)
    private LocalDate earnedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "original_points", nullable = false, updatable = false)
    private long originalPoints;

    @Column(name = "remaining_points", nullable = false)
    private long remainingPoints;

    @Version
    private long version;

    protected PointLot() {}

    public PointLot(long memberId, long sourceEntryId, LocalDate earnedOn, LocalDate expiresOn, long points) {
        this.memberId = memberId;
        this.sourceEntryId = sourceEntryId;
        this.earnedOn = earnedOn;
        this.expiresOn = expiresOn;
        this.originalPoints = points;
        this.remainingPoints = points;
    }

    /** Takes points out (redemption, expiry, take-back, forfeit). */
    public void take(long points) {
        if (points <= 0 || points > remainingPoints) {
            throw new IllegalStateException("cannot take " + points + " of " + remainingPoints + " from lot " + id);
        }
        remainingPoints -= points;
    }

    /** Gives back points a reversed redemption had taken. */
    public void restore(long points) {
        if (points <= 0 || remainingPoints + points > originalPoints) {
            throw new IllegalStateException("cannot restore " + points + " to lot " + id);
        }
        remainingPoints += points;
    }

    /** Under the "after last activity" rule, open lots move with each activity. */
    public void redate(LocalDate newExpiry) {
        this.expiresOn = newExpiry;
    }

    /** The lot goes with its points to the member a duplicate was merged into. */
    public void transferTo(long survivorId) {
        this.memberId = survivorId;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getSourceEntryId() {
        return sourceEntryId;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public long getOriginalPoints() {
        return originalPoints;
    }

    public long getRemainingPoints() {
        return remainingPoints;
    }
}
