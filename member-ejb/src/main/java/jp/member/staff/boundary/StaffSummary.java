package jp.member.staff.boundary;

import java.time.Instant;
import java.util.Set;
import jp.member.staff.entity.StaffAccount;

/** A staff account as the administration page lists it; never the password hash. */
public record StaffSummary(
        long id,
        String username,
        String displayName,
        Set<String> roles,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        Instant lastSignInAt,
        Instant createdAt) {

    static StaffSummary of(StaffAccount account, Instant now) {
        return new StaffSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.isEnabled(),
                account.isLocked(now),
                account.isMustChangePassword(),
                account.getLastSignInAt(),
                account.getCreatedAt());
    }
}
