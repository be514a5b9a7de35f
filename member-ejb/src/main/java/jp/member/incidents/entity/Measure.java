package jp.member.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A measure against recurrence (再発防止策): what, who owns it, by when; done when recorded so. */
@Entity
@Table(name = "incident_measure")
public class Measure {

    public static final int DESCRIPTION_MAX = 500;
    public static final int OWNER_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(nullable = false, updatable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, updatable = false, length = OWNER_MAX)
    private String owner;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Measure() {}

    public Measure(long incidentId, String description, String owner, LocalDate dueOn) {
        this.incidentId = incidentId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public void done(LocalDate on) {
        this.doneOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
