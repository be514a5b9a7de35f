-- Points: an append-only ledger, expiring lots, idempotent client transactions, adjustments that need approval,
-- programme settings with their history, and rank history. Points are whole numbers (BIGINT); yen are BIGINT yen.

-- One row per member: the balance, changed only together with a ledger entry, under a row lock (SELECT ... FOR
-- UPDATE), which also serialises concurrent redeems of one member.
CREATE TABLE point_account (
    member_id        BIGINT      NOT NULL,
    balance          BIGINT      NOT NULL DEFAULT 0,
    last_activity_on DATE        NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id),
    CONSTRAINT fk_point_account_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_point_account_balance CHECK (balance >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application never updates or deletes an entry. A correction is a new entry.
CREATE TABLE ledger_entry (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    member_id         BIGINT       NOT NULL,
    entry_type        VARCHAR(12)  NOT NULL,
    points            BIGINT       NOT NULL,
    occurred_at       DATETIME(6)  NOT NULL,
    business_date     DATE         NOT NULL,
    actor             VARCHAR(64)  NOT NULL,
    actor_kind        VARCHAR(8)   NOT NULL,
    reason            VARCHAR(200) NULL,
    store_code        VARCHAR(16)  NULL,
    amount_yen        BIGINT       NULL,
    reverses_entry_id BIGINT       NULL,
    related_member_id BIGINT       NULL,
    PRIMARY KEY (id),
    INDEX ix_ledger_member (member_id, id),
    INDEX ix_ledger_report (business_date, entry_type, points),
    CONSTRAINT uq_ledger_reversal UNIQUE (reverses_entry_id),
    CONSTRAINT fk_ledger_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Earned points: each grant is a lot with its own expiry. remaining_points goes down on redemption and expiry and
-- back up when a redemption is reversed.
CREATE TABLE point_lot (
    id               BIGINT  NOT NULL AUTO_INCREMENT,
    member_id        BIGINT  NOT NULL,
    source_entry_id  BIGINT  NOT NULL,
    earned_on        DATE    NOT NULL,
    expires_on       DATE    NOT NULL,
    original_points  BIGINT  NOT NULL,
    remaining_points BIGINT  NOT NULL,
    version          BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_lot_member (member_id, expires_on, id),
    INDEX ix_lot_expiry (expires_on, id),
    CONSTRAINT ck_lot_remaining CHECK (remaining_points >= 0 AND remaining_points <= original_points)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which lots an entry took points from (negative) or gave points to (positive); a reversal of a redemption gives
-- back exactly what it took.
CREATE TABLE lot_movement (
    entry_id BIGINT NOT NULL,
    lot_id   BIGINT NOT NULL,
    points   BIGINT NOT NULL,
    PRIMARY KEY (entry_id, lot_id),
    INDEX ix_movement_lot (lot_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotency of the till API: the client's transaction id, a digest of the request, and the answer given.
CREATE TABLE client_transaction (
    client_id      VARCHAR(64)   NOT NULL,
    transaction_id VARCHAR(64)   NOT NULL,
    request_hash   CHAR(64)      NOT NULL,
    entry_id       BIGINT        NULL,
    response       VARCHAR(2000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (client_id, transaction_id),
    INDEX ix_client_transaction_entry (entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Adjustments above the threshold wait for a manager who is not the requester.
CREATE TABLE adjustment_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NOT NULL,
    points       BIGINT       NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    requested_by VARCHAR(64)  NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    decided_by   VARCHAR(64)  NULL,
    decided_at   DATETIME(6)  NULL,
    comment      VARCHAR(200) NULL,
    entry_id     BIGINT       NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_adjustment_status (status, id),
    CONSTRAINT fk_adjustment_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Programme configuration: current values, and every change kept.
CREATE TABLE programme_setting (
    name       VARCHAR(64)  NOT NULL,
    value      VARCHAR(200) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_setting_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(64)  NOT NULL,
    old_value  VARCHAR(200) NULL,
    new_value  VARCHAR(200) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign (
    code       VARCHAR(32)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    valid_from DATE          NOT NULL,
    valid_to   DATE          NOT NULL,
    multiplier DECIMAL(5, 2) NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    changed_by VARCHAR(64)   NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rank_change (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    member_id            BIGINT      NOT NULL,
    from_rank            VARCHAR(16) NOT NULL,
    to_rank              VARCHAR(16) NOT NULL,
    qualifying_spend_yen BIGINT      NOT NULL,
    changed_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_rank_change_member (member_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The defaults a new programme starts with; changed on the programme page (MANAGER/ADMIN), every change kept.
INSERT INTO programme_setting (name, value, changed_at, changed_by) VALUES
    ('earn.rate.REGULAR', '0.01', CURRENT_TIMESTAMP(6), 'migration'),
    ('earn.rate.SILVER', '0.015', CURRENT_TIMESTAMP(6), 'migration'),
    ('earn.rate.GOLD', '0.02', CURRENT_TIMESTAMP(6), 'migration'),
    ('earn.rate.PLATINUM', '0.03', CURRENT_TIMESTAMP(6), 'migration'),
    ('rank.threshold.SILVER', '50000', CURRENT_TIMESTAMP(6), 'migration'),
    ('rank.threshold.GOLD', '150000', CURRENT_TIMESTAMP(6), 'migration'),
    ('rank.threshold.PLATINUM', '500000', CURRENT_TIMESTAMP(6), 'migration'),
    ('expiry.rule', 'END_OF_MONTH_AFTER:12', CURRENT_TIMESTAMP(6), 'migration'),
    ('point.value.yen', '1.00', CURRENT_TIMESTAMP(6), 'migration'),
    ('expected.redemption.rate', '0.80', CURRENT_TIMESTAMP(6), 'migration'),
    ('adjustment.approval.threshold', '1000', CURRENT_TIMESTAMP(6), 'migration');
