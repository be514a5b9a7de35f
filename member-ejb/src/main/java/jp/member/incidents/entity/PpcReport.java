package jp.member.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import jp.member.shared.BusinessException;

/**
 * The report to the PPC at one stage (速報 or 確報): the nine items as saved by the officer (JSON, item number →
 * text), and when it was sent and how. A sent report is not changed: what was filed stays as it was.
 */
@Entity
@Table(name = "incident_report")
@IdClass(PpcReport.Key.class)
public class PpcReport {

    /** The two reports of Enforcement Rules Art. 8: preliminary (速報) and final (確報). */
    public enum Stage {
        PRELIMINARY,
        FINAL
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long incidentId;
        Stage stage;

        public Key() {}

        public Key(long incidentId, Stage stage) {
            this.incidentId = incidentId;
            this.stage = stage;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.incidentId == incidentId && k.stage == stage;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(incidentId) * 31 + stage.hashCode();
        }
    }

    public static final int ITEM_MAX = 4000;
    public static final int NOTE_MAX = 500;

    @Id
    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Stage stage;

    @Column(nullable = false)
    private String items;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 64)
    private String savedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Column(name = "sent_note", length = NOTE_MAX)
    private String sentNote;

    @Version
    private long version;

    protected PpcReport() {}

    public PpcReport(long incidentId, Stage stage) {
        this.incidentId = incidentId;
        this.stage = stage;
    }

    public void save(String itemsJson, String by, Instant at) {
        if (sentAt != null) {
            throw new BusinessException("incident.report.alreadySent");
        }
        this.items = itemsJson;
        this.savedBy = by;
        this.savedAt = at;
    }

    public void sent(Instant at, String by, String note) {
        if (sentAt != null) {
            throw new BusinessException("incident.report.alreadySent");
        }
        this.sentAt = at;
        this.sentBy = by;
        this.sentNote = note;
    }

    public Stage getStage() {
        return stage;
    }

    public String getItems() {
        return items;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getSentNote() {
        return sentNote;
    }
}
