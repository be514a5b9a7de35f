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

/** One step on an incident's timeline: what happened, when, by whom, with a short detail (never personal data). */
@Entity
@Table(name = "incident_event")
public class TimelineEntry {

    /** The kinds of step. */
    public enum Kind {
        OPENED,
        DESCRIBED,
        SCOPED,
        ASSESSED,
        CONTAINED,
        CONTAINMENT_LIFTED,
        REPORT_SAVED,
        REPORT_SENT,
        NOTICE_LIST_PREPARED,
        NOTICES_RECORDED,
        SUBSTITUTE_RECORDED,
        MEASURE_ADDED,
        MEASURE_DONE,
        CLOSED
    }

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Kind kind;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected TimelineEntry() {}

    public TimelineEntry(long incidentId, Instant at, String actor, Kind kind, String detail) {
        this.incidentId = incidentId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
