package jp.member.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.monitoring.rules.RuleCode;
import jp.member.monitoring.rules.RuleSettings;
import jp.member.staff.entity.StaffAccount;

/** A rule's stored settings; a change replaces them whole and says who made it. */
@Entity(name = "AlertRule")
@Table(name = "alert_rule")
public class AlertRuleEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private RuleCode code;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "window_minutes", nullable = false)
    private int windowMinutes;

    @Column(name = "start_hour", nullable = false)
    private int startHour;

    @Column(name = "end_hour", nullable = false)
    private int endHour;

    @Column(name = "auto_suspend", nullable = false)
    private boolean autoSuspend;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = StaffAccount.USERNAME_MAX)
    private String changedBy;

    protected AlertRuleEntity() {}

    public RuleSettings settings() {
        return new RuleSettings(code, enabled, threshold, windowMinutes, startHour, endHour, autoSuspend);
    }

    public void change(RuleSettings s, Instant at, String by) {
        if (s.code() != code) {
            throw new IllegalArgumentException("settings of another rule");
        }
        this.enabled = s.enabled();
        this.threshold = s.threshold();
        this.windowMinutes = s.windowMinutes();
        this.startHour = s.startHour();
        this.endHour = s.endHour();
        this.autoSuspend = s.autoSuspend();
        this.changedAt = at;
        this.changedBy = by;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
