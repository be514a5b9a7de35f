-- Issue 6: exports approved by a second manager, their encrypted files, and the records of provision to third
-- parties (APPI Art. 29). No personal value is stored here: member lists are ids, files live encrypted on disk.

CREATE TABLE export_request (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    ref                 CHAR(22)      NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        DATETIME(6)   NOT NULL,
    decide_by           DATETIME(6)   NOT NULL,
    purpose_category    VARCHAR(24)   NOT NULL,
    purpose             VARCHAR(500)  NOT NULL,
    recipient_kind      VARCHAR(16)   NOT NULL,
    recipient_name      VARCHAR(200)  NOT NULL,
    consent_basis       VARCHAR(24)   NULL,
    filter_spec         VARCHAR(1000) NOT NULL,
    columns_spec        VARCHAR(1000) NOT NULL,
    with_bom            BOOLEAN       NOT NULL,
    as_zip              BOOLEAN       NOT NULL,
    matched_at_request  BIGINT        NOT NULL,
    excluded_at_request BIGINT        NOT NULL,
    decided_by          VARCHAR(64)   NULL,
    decided_at          DATETIME(6)   NULL,
    decision_comment    VARCHAR(500)  NULL,
    rows_written        BIGINT        NOT NULL DEFAULT 0,
    rows_expected       BIGINT        NULL,
    excluded_count      BIGINT        NULL,
    heartbeat_at        DATETIME(6)   NULL,
    ready_at            DATETIME(6)   NULL,
    download_until      DATETIME(6)   NULL,
    download_limit      INT           NOT NULL DEFAULT 0,
    downloads_used      INT           NOT NULL DEFAULT 0,
    last_download_at    DATETIME(6)   NULL,
    file_key            VARBINARY(200) NULL,
    file_bytes          BIGINT        NULL,
    zip_password        VARBINARY(200) NULL,
    password_shown      BOOLEAN       NOT NULL DEFAULT FALSE,
    file_deleted_at     DATETIME(6)   NULL,
    failure             VARCHAR(200)  NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_export_request_ref UNIQUE (ref),
    INDEX ix_export_request_status (status),
    INDEX ix_export_request_requested_by (requested_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE export_column_reason (
    export_id   BIGINT       NOT NULL,
    column_name VARCHAR(24)  NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    PRIMARY KEY (export_id, column_name),
    CONSTRAINT fk_export_column_reason FOREIGN KEY (export_id) REFERENCES export_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The members in a generated file: who was in which export (also for third-party provision records).
CREATE TABLE export_member (
    export_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (export_id, member_id),
    INDEX ix_export_member_member (member_id)
) ENGINE = InnoDB;

CREATE TABLE provision_record (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    export_id      BIGINT        NOT NULL,
    provided_at    DATETIME(6)   NOT NULL,
    recipient_name VARCHAR(200)  NOT NULL,
    data_items     VARCHAR(1000) NOT NULL,
    consent_basis  VARCHAR(24)   NOT NULL,
    member_count   BIGINT        NOT NULL,
    purpose        VARCHAR(500)  NOT NULL,
    requested_by   VARCHAR(64)   NOT NULL,
    approved_by    VARCHAR(64)   NOT NULL,
    keep_until     DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_provision_record_export UNIQUE (export_id),
    INDEX ix_provision_record_provided_at (provided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
