package jp.member.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.shared.BusinessException;

/** A containment action taken from an incident, in force until the officer lifts it with a reason. */
@Entity
@Table(name = "incident_containment")
public class Containment {

    /** What containment does. */
    public enum Action {
        /** Disable a staff account: its sign-in is refused and its sessions end at their next request. */
        SUSPEND_STAFF,
        /** Disable an API client: its next call is refused. */
        DISABLE_CLIENT,
        /** Stop every export request, approval, download and password display. */
        LOCK_EXPORTS,
        /** End every session of a role and refuse its sign-in. */
        END_SESSIONS,
        /** Demand a rotation of the data keys: shown to the administrators until lifted. */
        ROTATE_KEYS;

        /** Whether the action names a target (an account, a client, a role). */
        public boolean hasTarget() {
            return this == SUSPEND_STAFF || this == DISABLE_CLIENT || this == END_SESSIONS;
        }
    }

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Action action;

    @Column(updatable = false, length = 64)
    private String target;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "taken_by", nullable = false, updatable = false, length = 64)
    private String takenBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lift_reason", length = REASON_MAX)
    private String liftReason;

    protected Containment() {}

    public Containment(long incidentId, Action action, String target, String reason, String by, Instant at) {
        this.incidentId = incidentId;
        this.action = action;
        this.target = target;
        this.reason = reason;
        this.takenBy = by;
        this.takenAt = at;
    }

    public void lift(String by, String reason, Instant at) {
        if (liftedAt != null) {
            throw new BusinessException("incident.containment.alreadyLifted");
        }
        this.liftedBy = by;
        this.liftReason = reason;
        this.liftedAt = at;
    }

    public boolean inForce() {
        return liftedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public Action getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getReason() {
        return reason;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReason() {
        return liftReason;
    }
}
