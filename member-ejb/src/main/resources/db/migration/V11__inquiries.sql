-- Inquiries (応対記録, issue 13): one record per call, e-mail, chat or counter visit, numbered INQ-yyyymmdd-nnnn per
-- business day. Every search, view and reveal an agent makes while one is open carries its number in the audit
-- trail (audit_entry.inquiry_number). The notes are free text about a member: sealed like personal data.
CREATE TABLE inquiry (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    inquiry_number   VARCHAR(20)    NOT NULL,
    staff            VARCHAR(64)    NOT NULL,
    channel          VARCHAR(16)    NOT NULL,
    category         VARCHAR(16)    NOT NULL,
    member_id        BIGINT         NULL,
    started_at       DATETIME(6)    NOT NULL,
    ended_at         DATETIME(6)    NULL,
    notes_enc        VARBINARY(8192) NULL,
    outcome          VARCHAR(24)    NULL,
    follow_up_on     DATE           NULL,
    follow_up_owner  VARCHAR(64)    NULL,
    follow_up_done_at DATETIME(6)   NULL,
    version          BIGINT         NOT NULL,
    -- at most one open inquiry per staff member, kept by the database even under concurrent starts
    open_staff       VARCHAR(64)    GENERATED ALWAYS AS (IF(ended_at IS NULL, staff, NULL)) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uq_inquiry_number UNIQUE (inquiry_number),
    CONSTRAINT uq_inquiry_open_staff UNIQUE (open_staff),
    CONSTRAINT fk_inquiry_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_inquiry_member (member_id, started_at),
    INDEX ix_inquiry_follow_up (follow_up_done_at, follow_up_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last number given out per business day: one atomic upsert hands out the next.
CREATE TABLE inquiry_day (
    business_day DATE   NOT NULL,
    last_seq     INT    NOT NULL,
    PRIMARY KEY (business_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The fields the identity check (本人確認) reveals in one step; ADMIN changes the set.
CREATE TABLE identity_check_field (
    field    VARCHAR(16) NOT NULL,
    PRIMARY KEY (field)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO identity_check_field (field) VALUES
    ('NAME_KANJI'), ('NAME_KANA'), ('BIRTH_DATE'), ('POSTAL_CODE'), ('PREFECTURE'), ('CITY'), ('STREET'), ('PHONE');
