-- Staff accounts, their roles, machine clients of the API, and the sign-in record (first piece of the audit trail).
-- Times are stored in UTC.

CREATE TABLE staff_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    session_generation   INT          NOT NULL DEFAULT 0,
    last_sign_in_at      DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_staff_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_role (
    staff_id BIGINT      NOT NULL,
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_client (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    client_id   VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    secret_hash CHAR(64)     NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_client_client_id UNIQUE (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application has no update or delete path for this table.
CREATE TABLE sign_in_event (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6) NOT NULL,
    username       VARCHAR(64) NOT NULL,
    staff_id       BIGINT      NULL,
    outcome        VARCHAR(16) NOT NULL,
    client_address VARCHAR(45) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_sign_in_event_username (username, occurred_at),
    INDEX ix_sign_in_event_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
