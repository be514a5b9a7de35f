package jp.member.staff.entity;

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
import jp.member.shared.RequestOrigin;

/** One sign-in, failure, lockout or sign-out. Append-only: there is no setter and no delete path. */
@Entity
@Table(name = "sign_in_event")
@NamedQuery(
        name = SignInEvent.FIND_BY_USERNAME,
        query = "SELECT e FROM SignInEvent e WHERE e.username = :username ORDER BY e.id DESC")
public class SignInEvent {

    public static final String FIND_BY_USERNAME = "SignInEvent.findByUsername";

    /** What happened. */
    public enum Outcome {
        SUCCESS,
        FAILURE,
        /** The attempt that reached the limit and locked the account. */
        LOCKOUT,
        /** An attempt refused because the account was already locked or disabled. */
        REFUSED,
        LOGOUT,
        /** The right password and code, from a network or device not approved for the account's roles. */
        OUTSIDE_NETWORKS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String username;

    @Column(name = "staff_id", updatable = false)
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Outcome outcome;

    @Column(name = "client_address", nullable = false, updatable = false, length = RequestOrigin.ADDRESS_MAX)
    private String clientAddress;

    protected SignInEvent() {}

    public SignInEvent(Instant occurredAt, String username, Long staffId, Outcome outcome, String clientAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.staffId = staffId;
        this.outcome = outcome;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
