package jp.member.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One switch of the sign-in policy that administrators turn on and off (each change audited by its boundary). */
@Entity
@Table(name = "sign_in_policy")
public class SignInSwitch {

    /** The provider's own multi-factor check ({@code amr}) stands for our second factor (decision 0022). */
    public static final String PROVIDER_MFA = "provider-mfa";

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = StaffAccount.USERNAME_MAX)
    private String changedBy;

    protected SignInSwitch() {}

    /** Turns the switch; false when it already was so (nothing changed). */
    public boolean turn(boolean on, Instant at, String by) {
        if (enabled == on) {
            return false;
        }
        enabled = on;
        changedAt = at;
        changedBy = by;
        return true;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
