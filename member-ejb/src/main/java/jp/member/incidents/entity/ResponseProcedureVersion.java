package jp.member.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the response procedure: contacts, organisation and checklists as JSON (staff data, not member
 * data). Never changed: a change is a new version.
 */
@Entity
@Table(name = "response_procedure")
public class ResponseProcedureVersion {

    public static final int CHANGE_NOTE_MAX = 500;

    @Id
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "change_note", nullable = false, updatable = false, length = CHANGE_NOTE_MAX)
    private String changeNote;

    @Column(nullable = false, updatable = false)
    private String content;

    protected ResponseProcedureVersion() {}

    public ResponseProcedureVersion(
            int version, Instant createdAt, String createdBy, String changeNote, String content) {
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.changeNote = changeNote;
        this.content = content;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getContent() {
        return content;
    }
}
