package jp.member.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.audit.entity.AuditEntry;

/**
 * An import of Japan Post's postal-code file that replaced the postal areas: when, by whom, from which file, and the
 * counts of its report. Written with the areas it describes, in their transaction ({@code control.PostalAreaTable});
 * read here for the status page. Append-only.
 */
@Entity
@Table(name = "postal_import")
@NamedQuery(name = PostalImport.LATEST, query = "SELECT i FROM PostalImport i ORDER BY i.id DESC")
public class PostalImport {

    public static final String LATEST = "PostalImport.latest";

    public static final int FILE_NAME_MAX = 255;

    @Id
    private Long id;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false, length = AuditEntry.ACTOR_MAX)
    private String importedBy;

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "rows_read", nullable = false, updatable = false)
    private long rowsRead;

    @Column(name = "postal_codes", nullable = false, updatable = false)
    private int postalCodes;

    @Column(nullable = false, updatable = false)
    private int areas;

    @Column(name = "rows_refused", nullable = false, updatable = false)
    private long rowsRefused;

    protected PostalImport() {}

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public int getPostalCodes() {
        return postalCodes;
    }

    public int getAreas() {
        return areas;
    }

    public long getRowsRefused() {
        return rowsRefused;
    }
}
