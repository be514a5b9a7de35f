-- Issue 18: staff may sign in through the company's OpenID provider (decision 0022). Such a record has source
-- 'OPENID' (the column holds it already) and no local password, like a DIRECTORY one; it keeps the provider's subject
-- (its stable id of the person) from the first sign-in, so that a username the provider later gives to someone else
-- does not open it.
ALTER TABLE staff_account
    ADD COLUMN openid_subject VARCHAR(255) NULL AFTER source;

-- The administrators' switches of the sign-in policy, one row per switch, each change on the audit trail. The one
-- switch so far: whether the provider's own multi-factor check ('amr') stands for our second factor. Off until an
-- administrator turns it on.
CREATE TABLE sign_in_policy (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    enabled    BOOLEAN     NOT NULL,
    changed_at DATETIME(6)  NULL,
    changed_by VARCHAR(64) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO sign_in_policy (name, enabled) VALUES ('provider-mfa', FALSE);
