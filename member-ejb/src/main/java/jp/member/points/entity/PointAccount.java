package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.member.points.rules.Points;

/**
 * A member's balance. It only ever changes by {@link #apply(LedgerEntry)}, in the transaction that writes the entry,
 * while the row is locked; it can never go below zero.
 */
@Entity
@Table(name = "point_account")
public class PointAccount {

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Convert(converter = PointsConverter.class)
    @Column(nullable = false)
    private Points balance;

    @Column(name = "last_activity_on")
    private LocalDate lastActivityOn;

    @Version
    private long version;

    protected PointAccount() {}

    public void apply(LedgerEntry entry) {
        long next = Math.addExact(balance.value(), entry.getPoints().value());
        if (next < 0) {
            throw new IllegalStateException("balance would go negative");
        }
        balance = Points.of(next);
    }

    /** Earning and redeeming count as activity (for the "after last activity" expiry rule). */
    public void active(LocalDate on) {
        if (lastActivityOn == null || on.isAfter(lastActivityOn)) {
            lastActivityOn = on;
        }
    }

    public long getMemberId() {
        return memberId;
    }

    public Points getBalance() {
        return balance;
    }

    public LocalDate getLastActivityOn() {
        return lastActivityOn;
    }
}
