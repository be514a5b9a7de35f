package jp.member.staff.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a staff member may read members' personal data today: a confidentiality agreement (守秘義務契約) signed
 * within the period, privacy/security training within the period, and acceptance of the current security policy
 * version. The first thing missing is the reason given.
 */
public record AttestationRule(int validMonths, String currentPolicyVersion) {

    /** The outcome, as a message key suffix. */
    public enum Status {
        CURRENT,
        AGREEMENT_MISSING,
        AGREEMENT_LAPSED,
        TRAINING_MISSING,
        TRAINING_LAPSED,
        POLICY_NOT_ACCEPTED;

        public boolean allowsPersonalData() {
            return this == CURRENT;
        }
    }

    public AttestationRule {
        if (validMonths < 1 || validMonths > 120) {
            throw new IllegalArgumentException("attestation period must be 1 to 120 months");
        }
        Objects.requireNonNull(currentPolicyVersion, "currentPolicyVersion");
    }

    public Status status(
            LocalDate agreementSignedOn, LocalDate trainedOn, String acceptedPolicyVersion, LocalDate today) {
        LocalDate oldestValid = today.minusMonths(validMonths);
        if (agreementSignedOn == null) {
            return Status.AGREEMENT_MISSING;
        }
        if (agreementSignedOn.isBefore(oldestValid)) {
            return Status.AGREEMENT_LAPSED;
        }
        if (trainedOn == null) {
            return Status.TRAINING_MISSING;
        }
        if (trainedOn.isBefore(oldestValid)) {
            return Status.TRAINING_LAPSED;
        }
        if (!currentPolicyVersion.equals(acceptedPolicyVersion)) {
            return Status.POLICY_NOT_ACCEPTED;
        }
        return Status.CURRENT;
    }
}
