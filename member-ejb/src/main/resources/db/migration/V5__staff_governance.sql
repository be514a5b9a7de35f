-- Staff governance (issue 5): each account's attestation — confidentiality agreement (守秘義務契約), last
-- privacy/security training, security policy version accepted — recorded by an administrator. Existing accounts
-- start without one: they cannot read members' personal data until an administrator records it.
ALTER TABLE staff_account
    ADD COLUMN agreement_signed_on DATE        NULL,
    ADD COLUMN trained_on          DATE        NULL,
    ADD COLUMN policy_version      VARCHAR(32) NULL,
    ADD COLUMN attested_at         DATETIME(6) NULL,
    ADD COLUMN attested_by         VARCHAR(64) NULL;

-- Second factor (TOTP, RFC 6238): the secret sealed with the data key (AES-256-GCM, bound to the account), a secret
-- waiting for its first code during enrolment, and the last time step used (a code is never accepted twice).
ALTER TABLE staff_account
    ADD COLUMN totp_secret    VARBINARY(255) NULL,
    ADD COLUMN totp_pending   VARBINARY(255) NULL,
    ADD COLUMN totp_last_step BIGINT         NOT NULL DEFAULT 0;

-- One-time recovery codes, kept only as SHA-256 hashes (each has 50 bits of randomness); used ones are kept, marked.
CREATE TABLE staff_recovery_code (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    staff_id  BIGINT      NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    INDEX ix_recovery_staff (staff_id),
    CONSTRAINT fk_recovery_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
) ENGINE = InnoDB;
