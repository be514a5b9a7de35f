package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.staff.entity.StaffAccount;

/** A kept record of one change to the programme's configuration. Append-only. */
@Entity
@Table(name = "programme_setting_change")
public class ProgrammeSettingChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String name;

    @Column(name = "old_value", updatable = false, length = ProgrammeSetting.VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", nullable = false, updatable = false, length = ProgrammeSetting.VALUE_MAX)
    private String newValue;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String changedBy;

    protected ProgrammeSettingChange() {}

    public ProgrammeSettingChange(String name, String oldValue, String newValue, Instant changedAt, String changedBy) {
        this.name = name;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public String getName() {
        return name;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
