package jp.member.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a staff member has signed and completed, as recorded by an administrator: the confidentiality agreement, the
 * last privacy/security training, the security policy version accepted. A new record replaces the old one whole.
 */
@Embeddable
public class Attestation {

    public static final int POLICY_VERSION_MAX = 32;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Column(name = "policy_version", length = POLICY_VERSION_MAX)
    private String policyVersion;

    @Column(name = "attested_at")
    private Instant attestedAt;

    @Column(name = "attested_by", length = StaffAccount.USERNAME_MAX)
    private String attestedBy;

    protected Attestation() {}

    public Attestation(
            LocalDate agreementSignedOn, LocalDate trainedOn, String policyVersion, Instant attestedAt, String by) {
        this.agreementSignedOn = agreementSignedOn;
        this.trainedOn = trainedOn;
        this.policyVersion = policyVersion;
        this.attestedAt = attestedAt;
        this.attestedBy = by;
    }

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    public Instant getAttestedAt() {
        return attestedAt;
    }

    public String getAttestedBy() {
        return attestedBy;
    }
}
