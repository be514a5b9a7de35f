package jp.member.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time recovery code for the second factor, kept as its SHA-256 hash; used once. */
@Entity
@Table(name = "staff_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(long staffId, String codeHash) {
        this.staffId = staffId;
        this.codeHash = codeHash;
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public String getCodeHash() {
        return codeHash;
    }
}
