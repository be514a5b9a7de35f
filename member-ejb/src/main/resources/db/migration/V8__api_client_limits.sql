-- Issue 11: machine clients are limited and watched like staff.
-- Each client has a request rate (a token bucket: so many a minute, bursts up to so many at once) and its own
-- enrolment rate; the administrator sets both. Its field scope lists the personal fields it may read in full;
-- every other field it gets masked, as the call centre sees it. No field by default.
ALTER TABLE api_client
    ADD COLUMN requests_per_minute INT NOT NULL DEFAULT 600,
    ADD COLUMN request_burst       INT NOT NULL DEFAULT 100,
    ADD COLUMN enrolments_per_hour INT NOT NULL DEFAULT 60;

CREATE TABLE api_client_field (
    client_id BIGINT      NOT NULL,
    field     VARCHAR(16) NOT NULL,
    PRIMARY KEY (client_id, field),
    CONSTRAINT fk_api_client_field_client FOREIGN KEY (client_id) REFERENCES api_client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Alerts about API clients as well as staff accounts: which kind the actor is.
ALTER TABLE alert ADD COLUMN actor_kind VARCHAR(8) NOT NULL DEFAULT 'STAFF';
DROP INDEX ix_alert_rule_actor ON alert;
CREATE INDEX ix_alert_rule_actor ON alert (rule_code, actor_kind, actor, raised_at);

-- The rules for API clients (the staff rules keep their rows): distinct members read per hour and per day, and
-- lookups of member numbers that name no member (numbers are random with a check digit, so trying numbers in
-- sequence or at random mostly misses).
INSERT INTO alert_rule (code, enabled, threshold, window_minutes, start_hour, end_hour, auto_suspend) VALUES
    ('CLIENT_MEMBERS_PER_HOUR', TRUE, 30, 60, 0, 24, FALSE),
    ('CLIENT_MEMBERS_PER_DAY', TRUE, 300, 1440, 0, 24, FALSE),
    ('CLIENT_ENUMERATION', TRUE, 10, 60, 0, 24, FALSE);
