-- One audit trail for every security-relevant event (issue 5). Append-only: the application has no UPDATE or DELETE
-- path for audit_entry or audit_chain; only the archive step removes entries past retention, after writing them out.
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    -- microseconds since the epoch (UTC): hashed as stored, whatever the server's time zone
    occurred_us     BIGINT       NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    outcome         VARCHAR(8)   NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    actor_kind      VARCHAR(8)   NOT NULL,
    client_address  VARCHAR(45)  NOT NULL,
    member_id       BIGINT       NULL,
    target          VARCHAR(120) NULL,
    fields          VARCHAR(200) NULL,
    purpose         VARCHAR(16)  NULL,
    reason          VARCHAR(200) NULL,
    inquiry_number  VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_member (member_id, occurred_us),
    INDEX ix_audit_actor (actor, occurred_us),
    INDEX ix_audit_type (event_type, occurred_us),
    INDEX ix_audit_time (occurred_us)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Entries committed but not yet linked into the chain. Written in the same transaction as the entry, so an entry
-- that commits is always chained; the chainer links them in its own transaction and removes them from here.
CREATE TABLE audit_pending (
    entry_id BIGINT NOT NULL,
    PRIMARY KEY (entry_id)
) ENGINE = InnoDB;

-- The hash chain: position, entry, SHA-256(previous hash ‖ position ‖ entry).
CREATE TABLE audit_chain (
    seq      BIGINT   NOT NULL,
    entry_id BIGINT   NOT NULL,
    hash     CHAR(64) NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE INDEX ux_audit_chain_entry (entry_id)
) ENGINE = InnoDB;

-- The head of the chain (one row), locked by the chainer so that two servers never fork it. anchor_* is where
-- the chain starts after an archive removed the part before it.
CREATE TABLE audit_head (
    id          TINYINT  NOT NULL,
    seq         BIGINT   NOT NULL,
    hash        CHAR(64) NOT NULL,
    anchor_seq  BIGINT   NOT NULL,
    anchor_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO audit_head (id, seq, hash, anchor_seq, anchor_hash)
VALUES (1, 0, REPEAT('0', 64), 0, REPEAT('0', 64));

-- Signed (HMAC-SHA256) statements of the head: position and hash at a moment. Also exported to be kept elsewhere.
CREATE TABLE audit_checkpoint (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    seq        BIGINT      NOT NULL,
    head_hash  CHAR(64)    NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    mac        CHAR(64)    NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_checkpoint_seq (seq)
) ENGINE = InnoDB;

-- Each verification run and its result (for the auditor's page and the scheduled check).
CREATE TABLE audit_verification (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    ran_at      DATETIME(6) NOT NULL,
    verified    BIGINT      NOT NULL,
    last_seq    BIGINT      NOT NULL,
    broken_at   BIGINT      NULL,
    problem     VARCHAR(24) NULL,
    started_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

-- The earlier access records and sign-in events become the first entries of the trail.
INSERT INTO audit_entry (occurred_us, event_type, outcome, actor, actor_kind, client_address, member_id, fields,
                         purpose, reason, inquiry_number)
SELECT occurred_us, event_type, outcome, actor, actor_kind, client_address, member_id, fields, purpose, reason,
       inquiry_number
FROM (
    SELECT CAST(UNIX_TIMESTAMP(occurred_at) * 1000000 AS SIGNED) AS occurred_us, 'PERSONAL_DATA_READ' AS event_type,
           'SUCCESS' AS outcome, actor, actor_kind, client_address, member_id, fields, purpose, reason, inquiry_number,
           occurred_at AS t, id AS source_id, 1 AS source
    FROM personal_data_access
    UNION ALL
    SELECT CAST(UNIX_TIMESTAMP(occurred_at) * 1000000 AS SIGNED),
           CASE outcome WHEN 'SUCCESS' THEN 'SIGN_IN' WHEN 'FAILURE' THEN 'SIGN_IN_FAILURE'
                        WHEN 'LOCKOUT' THEN 'LOCKOUT' WHEN 'REFUSED' THEN 'SIGN_IN_REFUSED' ELSE 'SIGN_OUT' END,
           CASE outcome WHEN 'SUCCESS' THEN 'SUCCESS' WHEN 'LOGOUT' THEN 'SUCCESS' ELSE 'FAILURE' END,
           username, 'STAFF', client_address, NULL, NULL, NULL, NULL, NULL, occurred_at, id, 2
    FROM sign_in_event
) earlier
ORDER BY t, source, source_id;

INSERT INTO audit_pending (entry_id) SELECT id FROM audit_entry;

DROP TABLE personal_data_access;
