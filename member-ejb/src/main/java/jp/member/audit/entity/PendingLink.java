package jp.member.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry committed but not yet in the chain: inserted with the entry (by {@code AuditTrail}), removed when the
 * chainer links it.
 */
@Entity
@Table(name = "audit_pending")
public class PendingLink {

    @Id
    @Column(name = "entry_id")
    private long entryId;

    protected PendingLink() {}

    public long getEntryId() {
        return entryId;
    }
}
