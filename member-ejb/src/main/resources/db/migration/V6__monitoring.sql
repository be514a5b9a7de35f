-- Monitoring of staff access (issue 5): configurable rules over the audit trail, the alerts they raise with their
-- evidence, and the position in the chain up to which the trail has been evaluated (one row, locked by the
-- evaluating instance so that several instances never raise the same alert twice).
CREATE TABLE alert_rule (
    code           VARCHAR(32) NOT NULL,
    enabled        BOOLEAN     NOT NULL,
    threshold      INT         NOT NULL,
    window_minutes INT         NOT NULL,
    start_hour     INT         NOT NULL,
    end_hour       INT         NOT NULL,
    auto_suspend   BOOLEAN     NOT NULL,
    changed_at     DATETIME(6) NULL,
    changed_by     VARCHAR(64) NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO alert_rule (code, enabled, threshold, window_minutes, start_hour, end_hour, auto_suspend) VALUES
    ('MEMBERS_PER_HOUR', TRUE, 30, 60, 8, 21, FALSE),
    ('MEMBERS_PER_DAY', TRUE, 150, 1440, 8, 21, FALSE),
    ('OUTSIDE_HOURS', TRUE, 0, 60, 8, 21, FALSE),
    ('ENUMERATION', TRUE, 20, 60, 8, 21, FALSE),
    ('REVEALS_WITHOUT_INQUIRY', TRUE, 5, 1440, 8, 21, FALSE),
    ('NEW_ADDRESS', TRUE, 0, 60, 8, 21, FALSE);

CREATE TABLE alert_cursor (
    id       TINYINT NOT NULL,
    last_seq BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO alert_cursor (id, last_seq) VALUES (1, 0);

CREATE TABLE alert (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    rule_code   VARCHAR(32)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    raised_at   DATETIME(6)  NOT NULL,
    hit_count   BIGINT       NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    suspended   BOOLEAN      NOT NULL,
    handled_by  VARCHAR(64)  NULL,
    handled_at  DATETIME(6)  NULL,
    comment     VARCHAR(500) NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_alert_status (status, raised_at),
    INDEX ix_alert_rule_actor (rule_code, actor, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE alert_evidence (
    alert_id BIGINT NOT NULL,
    entry_id BIGINT NOT NULL,
    PRIMARY KEY (alert_id, entry_id),
    CONSTRAINT fk_alert_evidence_alert FOREIGN KEY (alert_id) REFERENCES alert (id)
) ENGINE = InnoDB;
