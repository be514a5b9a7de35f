package jp.member.staff.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.AttestationRule;

/** A staff account as the administration page lists it, with its attestation; never the password hash. */
public record StaffSummary(
        long id,
        String username,
        String displayName,
        Set<String> roles,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        Instant lastSignInAt,
        Instant createdAt,
        LocalDate agreementSignedOn,
        LocalDate trainedOn,
        String policyVersion,
        AttestationRule.Status attestation,
        String managedBy)
        implements Serializable {

    /**
     * {@code managedElsewhere}: the account's password and roles are its directory's or provider's, which are on;
     * {@link #managedBy} then names the source ({@code DIRECTORY}, {@code OPENID}), otherwise it is null.
     */
    static StaffSummary of(
            StaffAccount account, Instant now, AttestationRule.Status attestation, boolean managedElsewhere) {
        return new StaffSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.isEnabled(),
                account.isLocked(now),
                account.isMustChangePassword(),
                account.getLastSignInAt(),
                account.getCreatedAt(),
                account.getAttestation().getAgreementSignedOn(),
                account.getAttestation().getTrainedOn(),
                account.getAttestation().getPolicyVersion(),
                attestation,
                managedElsewhere ? account.getSource().name() : null);
    }
}
