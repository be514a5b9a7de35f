package jp.member.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One link of the hash chain: position, entry, and the hash over the previous hash, the position and the entry. */
@Entity
@Table(name = "audit_chain")
public class AuditLink {

    @Id
    private long seq;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditLink() {}

    public AuditLink(long seq, long entryId, String hash) {
        this.seq = seq;
        this.entryId = entryId;
        this.hash = hash;
    }

    public long getSeq() {
        return seq;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getHash() {
        return hash;
    }
}
