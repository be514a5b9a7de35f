package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

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

    @Column(nullable = false)
    private long balance;

    @Column(name = "last_activity_on")
    private LocalDate lastActivityOn;

    @Version
    private long version;

    protected PointAccount() {}

    public void apply(LedgerEntry entry) {
        long next = balance + entry.getPoints();
        if (next < 0) {
            throw new IllegalStateException("balance would go negative");
        }
        balance = next;
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

    public long getBalance() {
        return balance;
    }

    public LocalDate getLastActivityOn() {
        return lastActivityOn;
    }
}
