package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.staff.entity.StaffAccount;

/** One programme setting's current value (earn rates, rank thresholds, expiry rule, unit value, ...). */
@Entity
@Table(name = "programme_setting")
public class ProgrammeSetting {

    /** The longest value of a setting, and of each old and new value kept with a change. */
    public static final int VALUE_MAX = 200;

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = VALUE_MAX)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = StaffAccount.USERNAME_MAX)
    private String changedBy;

    protected ProgrammeSetting() {}

    public void change(String newValue, Instant at, String by) {
        this.value = newValue;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
