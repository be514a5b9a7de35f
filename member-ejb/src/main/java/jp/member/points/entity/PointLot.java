package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.member.points.rules.Points;

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

    @Convert(converter = PointsConverter.class)
    @Column(name = "original_points", nullable = false, updatable = false)
    private Points originalPoints;

    @Convert(converter = PointsConverter.class)
    @Column(name = "remaining_points", nullable = false)
    private Points remainingPoints;

    @Version
    private long version;

    protected PointLot() {}

    public PointLot(long memberId, long sourceEntryId, LocalDate earnedOn, LocalDate expiresOn, Points points) {
        this.memberId = memberId;
        this.sourceEntryId = sourceEntryId;
        this.earnedOn = earnedOn;
        this.expiresOn = expiresOn;
        this.originalPoints = points;
        this.remainingPoints = points;
    }

    /** Takes points out (redemption, expiry, take-back, forfeit). */
    public void take(Points points) {
        if (!points.isPositive() || points.compareTo(remainingPoints) > 0) {
            throw new IllegalStateException("cannot take " + points + " of " + remainingPoints + " from lot " + id);
        }
        remainingPoints = remainingPoints.minus(points);
    }

    /** Gives back points a reversed redemption had taken. */
    public void restore(Points points) {
        if (!points.isPositive() || points.compareTo(originalPoints.minus(remainingPoints)) > 0) {
            throw new IllegalStateException("cannot restore " + points + " to lot " + id);
        }
        remainingPoints = remainingPoints.plus(points);
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

    public Points getOriginalPoints() {
        return originalPoints;
    }

    public Points getRemainingPoints() {
        return remainingPoints;
    }
}
