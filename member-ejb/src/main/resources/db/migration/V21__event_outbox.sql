-- Issue 18: events for other systems. A domain event is written to outbox_event in the same transaction as the change
-- it reports (decision 0020), so it exists exactly when the change committed. It holds no personal data: the event id,
-- its type, when, the member number where there is a member, and the names of what changed — never values.
CREATE TABLE outbox_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    event_id       CHAR(36)     NOT NULL,
    event_type     VARCHAR(40)  NOT NULL,
    occurred_at    DATETIME(3)  NOT NULL,
    member_id      BIGINT       NULL,
    member_number  CHAR(12)     NULL,
    -- an alert's or an export's own id and kind (rule code, purpose category): no member, no value
    subject_id     BIGINT       NULL,
    subject_kind   VARCHAR(64)  NULL,
    -- the names of the fields that changed, comma-separated (e.g. address,phone,email)
    changed        VARCHAR(255) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_event_id UNIQUE (event_id),
    KEY ix_outbox_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A receiver of events (ADMIN). The signing secret (Standard Webhooks, whsec_...) is sealed with the data keys.
CREATE TABLE webhook_subscription (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(100)  NOT NULL,
    endpoint_url         VARCHAR(500)  NOT NULL,
    secret_sealed        VARBINARY(255) NOT NULL,
    active               TINYINT(1)    NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    -- the last failed attempt's HTTP status (0: no answer) and when: the admin page's "last error", never a body
    last_failure_status  INT           NULL,
    last_failure_at      DATETIME(3)   NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_webhook_subscription_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_topic (
    subscription_id  BIGINT       NOT NULL,
    event_type       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (subscription_id, event_type),
    KEY ix_webhook_topic_type (event_type),
    CONSTRAINT fk_webhook_topic_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One event to one subscription: written with the event (same transaction), claimed by an instance with a lease,
-- sent outside any transaction, then DELIVERED, retried later (PENDING, next_attempt_at) or DEAD after the last try.
CREATE TABLE webhook_delivery (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    subscription_id  BIGINT       NOT NULL,
    outbox_id        BIGINT       NOT NULL,
    member_id        BIGINT       NULL,
    status           VARCHAR(12)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    queued_at        DATETIME(3)  NOT NULL,
    next_attempt_at  DATETIME(3)  NOT NULL,
    claimed_by       VARCHAR(140) NULL,
    lease_until      DATETIME(3)  NULL,
    last_status      INT          NULL,
    last_attempt_at  DATETIME(3)  NULL,
    delivered_at     DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_webhook_delivery UNIQUE (subscription_id, outbox_id),
    KEY ix_webhook_delivery_due (status, next_attempt_at),
    KEY ix_webhook_delivery_order (subscription_id, member_id, status, outbox_id),
    KEY ix_webhook_delivery_outbox (outbox_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (outbox_id) REFERENCES outbox_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
