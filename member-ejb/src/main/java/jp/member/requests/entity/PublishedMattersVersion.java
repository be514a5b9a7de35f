package jp.member.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.staff.entity.StaffAccount;

/**
 * One version of the published matters (Art. 32): the items in Japanese and English as JSON, with the fee charged for
 * a purpose notice or a disclosure. A change writes a new version; the old ones stay, so what was published on any
 * day can be shown.
 */
@Entity
@Table(name = "published_matters")
public class PublishedMattersVersion {

    public static final int CHANGE_NOTE_MAX = 500;

    @Id
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String createdBy;

    @Column(name = "change_note", nullable = false, updatable = false, length = CHANGE_NOTE_MAX)
    private String changeNote;

    @Column(name = "fee_yen", nullable = false, updatable = false)
    private long feeYen;

    @Column(nullable = false, updatable = false)
    private String content;

    protected PublishedMattersVersion() {}

    public PublishedMattersVersion(
            int version, Instant createdAt, String createdBy, String changeNote, long feeYen, String content) {
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.changeNote = changeNote;
        this.feeYen = feeYen;
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

    public long getFeeYen() {
        return feeYen;
    }

    public String getContent() {
        return content;
    }
}
