-- Members and their personal data, encrypted field by field (AES-256-GCM, see jp.member.security.crypto).
-- Every *_enc column holds the sealed value in binary: version byte 1, key id length n (1-16), the key id (n ASCII
-- bytes), the 12-byte nonce, then ciphertext and 16-byte tag; bound to its column and to the member's data_ref, so a
-- raw SELECT shows no personal value in clear. Binary, not text, keeps an encrypted row close to the size of a
-- clear one (46 bytes of overhead at most per value, none for encoding). The bidx_* columns are 20-bit blind indexes
-- (keyed HMAC of the normalised value) for exact-match search; see docs/decisions/0002-personal-data.md.

CREATE TABLE member (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    member_number     CHAR(12)     NOT NULL,
    data_ref          CHAR(22)     NOT NULL,
    data_key_id       VARCHAR(16)  NULL,
    name_kanji_enc    VARBINARY(300) NULL,
    name_kana_enc     VARBINARY(400) NULL,
    birth_date_enc    VARBINARY(80)  NULL,
    gender_enc        VARBINARY(80)  NULL,
    postal_code_enc   VARBINARY(80)  NULL,
    prefecture_enc    VARBINARY(80)  NULL,
    city_enc          VARBINARY(300) NULL,
    street_enc        VARBINARY(500) NULL,
    building_enc      VARBINARY(500) NULL,
    phone_enc         VARBINARY(80)  NULL,
    email_enc         VARBINARY(320) NULL,
    bidx_phone        INT          NULL,
    bidx_email        INT          NULL,
    bidx_kana_birth   INT          NULL,
    status            VARCHAR(16)  NOT NULL,
    member_rank       VARCHAR(16)  NOT NULL,
    enrolled_on       DATE         NOT NULL,
    enrolment_channel VARCHAR(16)  NOT NULL,
    store_code        VARCHAR(16)  NULL,
    consent_post      BOOLEAN      NOT NULL,
    consent_email     BOOLEAN      NOT NULL,
    consent_phone     BOOLEAN      NOT NULL,
    consent_sms       BOOLEAN      NOT NULL,
    -- Not "merged_into_id": Connector/J 9.5 takes an identifier containing "_into_" for SELECT ... INTO and
    -- refuses executeQuery() on every SELECT that names it.
    survivor_id       BIGINT       NULL,
    withdrawn_at      DATETIME(6)  NULL,
    anonymised_at     DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_number UNIQUE (member_number),
    CONSTRAINT uq_member_data_ref UNIQUE (data_ref),
    INDEX ix_member_bidx_phone (bidx_phone),
    INDEX ix_member_bidx_email (bidx_email),
    INDEX ix_member_bidx_kana_birth (bidx_kana_birth),
    INDEX ix_member_key (data_key_id, id),
    INDEX ix_member_withdrawn (status, withdrawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Numbers no longer on a member's card: blocked after a reissue, or merged away (then they lead to the survivor).
-- A number is never issued twice: new numbers are checked against member and retired_number.
CREATE TABLE retired_number (
    member_number CHAR(12)    NOT NULL,
    member_id     BIGINT      NOT NULL,
    reason        VARCHAR(16) NOT NULL,
    retired_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (member_number),
    CONSTRAINT fk_retired_number_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only history of marketing consent per channel: who (staff or API client) or which channel changed it.
CREATE TABLE consent_event (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    member_id  BIGINT      NOT NULL,
    channel    VARCHAR(8)  NOT NULL,
    granted    BOOLEAN     NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    via        VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_consent_event_member (member_id, id),
    CONSTRAINT fk_consent_event_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: every read of a member's personal data (search result, detail view, reveal, API read).
CREATE TABLE personal_data_access (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    actor_kind     VARCHAR(8)   NOT NULL,
    client_address VARCHAR(45)  NOT NULL,
    member_id      BIGINT       NOT NULL,
    fields         VARCHAR(200) NOT NULL,
    purpose        VARCHAR(16)  NOT NULL,
    reason         VARCHAR(24)  NULL,
    inquiry_number VARCHAR(32)  NULL,
    PRIMARY KEY (id),
    INDEX ix_access_member (member_id, occurred_at),
    INDEX ix_access_actor (actor, occurred_at),
    INDEX ix_access_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Machine clients now have a kind: POS (points at the till, no personal data) or CHANNEL (web/app enrolment and
-- the member's own record). Existing clients are POS.
ALTER TABLE api_client ADD COLUMN client_role VARCHAR(16) NOT NULL DEFAULT 'POS';
