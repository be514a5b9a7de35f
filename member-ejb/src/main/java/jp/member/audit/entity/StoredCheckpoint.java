package jp.member.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.audit.chain.Checkpoint;

/** A signed checkpoint as kept in the database (copies are meant to be kept outside it too). */
@Entity
@Table(name = "audit_checkpoint")
public class StoredCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(name = "head_hash", nullable = false, updatable = false, length = 64)
    private String headHash;

    /** ISO-8601 text, exactly as signed. */
    @Column(name = "created_at", nullable = false, updatable = false, length = 40)
    private String createdAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String mac;

    protected StoredCheckpoint() {}

    public StoredCheckpoint(Checkpoint checkpoint) {
        this.seq = checkpoint.seq();
        this.headHash = checkpoint.headHash();
        this.createdAt = checkpoint.createdAt().toString();
        this.mac = checkpoint.mac();
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(seq, headHash, Instant.parse(createdAt), mac);
    }
}
