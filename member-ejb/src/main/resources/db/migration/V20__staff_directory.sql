-- Issue 18: staff may sign in through the company's directory (LDAP / Active Directory; decision 0021). The local
-- record stays the home of everything the directory does not know (attestation, second factor, lockout, sign-in
-- history); its source says who checks the password. A DIRECTORY account has no local password: the directory's bind
-- is the only check, so its hash is NULL and can never match anything.
ALTER TABLE staff_account
    ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'LOCAL' AFTER password_hash,
    MODIFY COLUMN password_hash VARCHAR(255) NULL;
