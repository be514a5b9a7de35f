-- Issue 14: the leak-response procedure, the register of leak incidents (漏えい等事案) and what follows from one:
-- scope computations from the audit trail, containment actions, PPC reports, notices to members, measures.
-- Nothing here holds a member's personal value: affected members are ids, contacts are staff data.

-- The response procedure, one row per version; a change writes a new version, the old ones stay (an incident names
-- the version in force when it was opened). The content (contacts, organisation, checklists) is JSON.
CREATE TABLE response_procedure (
    version      INT           NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    change_note  VARCHAR(500)  NOT NULL,
    content      MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE incident (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    ref                  VARCHAR(20)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    occurred_at          DATETIME(6)   NULL,
    known_at             DATETIME(6)   NOT NULL,
    known_by             VARCHAR(200)  NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    possibility          BOOLEAN       NOT NULL,
    cause                VARCHAR(24)   NOT NULL,
    malice               VARCHAR(8)    NOT NULL,
    processor_name       VARCHAR(200)  NULL,
    summary              VARCHAR(4000) NOT NULL,
    procedure_version    INT           NOT NULL,
    alert_id             BIGINT        NULL,
    opened_by            VARCHAR(64)   NOT NULL,
    opened_at            DATETIME(6)   NOT NULL,
    sensitive_items      BOOLEAN       NOT NULL DEFAULT FALSE,
    key_exposed          BOOLEAN       NOT NULL DEFAULT FALSE,
    encryption_evidence  VARCHAR(1000) NULL,
    reportable_override  BOOLEAN       NULL,
    override_reason      VARCHAR(500)  NULL,
    response_rating      VARCHAR(16)   NOT NULL DEFAULT 'UNKNOWN',
    substitute_measure   VARCHAR(2000) NULL,
    substitute_at        DATETIME(6)   NULL,
    closed_at            DATETIME(6)   NULL,
    closed_by            VARCHAR(64)   NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_incident_ref UNIQUE (ref),
    CONSTRAINT fk_incident_procedure FOREIGN KEY (procedure_version) REFERENCES response_procedure (version),
    INDEX ix_incident_status (status, known_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each computation of the affected members: the scope as described, when, by whom, and the counts per item
-- (item:clear:masked:encrypted;...). The scope may be refined; every computation is kept.
CREATE TABLE incident_scope (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    incident_id     BIGINT        NOT NULL,
    spec            VARCHAR(2000) NOT NULL,
    computed_at     DATETIME(6)   NOT NULL,
    computed_by     VARCHAR(64)   NOT NULL,
    members         BIGINT        NOT NULL,
    exposed_members BIGINT        NOT NULL,
    usable_balance  BIGINT        NOT NULL,
    item_counts     VARCHAR(2000) NOT NULL,
    entries_read    BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_scope FOREIGN KEY (incident_id) REFERENCES incident (id),
    INDEX ix_incident_scope_incident (incident_id, computed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The affected members of one computation: which items reached someone in clear, masked, or only encrypted.
CREATE TABLE incident_member (
    scope_id        BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    clear_items     VARCHAR(1000)  NOT NULL,
    masked_items    VARCHAR(1000)  NOT NULL,
    encrypted_items VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (scope_id, member_id),
    INDEX ix_incident_member_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline: everything that happened to the incident, in order (also in the audit trail).
CREATE TABLE incident_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    incident_id BIGINT        NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    detail      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_event FOREIGN KEY (incident_id) REFERENCES incident (id),
    INDEX ix_incident_event_incident (incident_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Containment taken from the incident page, and its lifting; each in force until lifted.
CREATE TABLE incident_containment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    incident_id  BIGINT       NOT NULL,
    action       VARCHAR(24)  NOT NULL,
    target       VARCHAR(64)  NULL,
    reason       VARCHAR(500) NOT NULL,
    taken_at     DATETIME(6)  NOT NULL,
    taken_by     VARCHAR(64)  NOT NULL,
    lifted_at    DATETIME(6)  NULL,
    lifted_by    VARCHAR(64)  NULL,
    lift_reason  VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_containment FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The report to the PPC, per stage (速報 / 確報): the nine items of Enforcement Rules Art. 8(1), and when it was sent.
CREATE TABLE incident_report (
    incident_id  BIGINT        NOT NULL,
    stage        VARCHAR(12)   NOT NULL,
    items        MEDIUMTEXT    NOT NULL,
    saved_at     DATETIME(6)   NOT NULL,
    saved_by     VARCHAR(64)   NOT NULL,
    sent_at      DATETIME(6)   NULL,
    sent_by      VARCHAR(64)   NULL,
    sent_note    VARCHAR(500)  NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (incident_id, stage),
    CONSTRAINT fk_incident_report FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Measures against recurrence, with an owner and a date; done when recorded so.
CREATE TABLE incident_measure (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    incident_id  BIGINT        NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    owner        VARCHAR(200)  NOT NULL,
    due_on       DATE          NOT NULL,
    done_on      DATE          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_measure FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Notices sent to members (本人への通知), one row per member and incident: the call centre answers from it.
CREATE TABLE incident_notice (
    incident_id  BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    notified_on  DATE         NOT NULL,
    method       VARCHAR(16)  NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (incident_id, member_id),
    CONSTRAINT fk_incident_notice FOREIGN KEY (incident_id) REFERENCES incident (id),
    INDEX ix_incident_notice_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Exports: a lockdown stops every new export request, approval, generation and download at once (a containment
-- action); one row, changed only by the privacy officer.
CREATE TABLE export_lockdown (
    id         TINYINT      NOT NULL,
    locked     BOOLEAN      NOT NULL,
    changed_at DATETIME(6)  NULL,
    changed_by VARCHAR(64)  NULL,
    reason     VARCHAR(500) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO export_lockdown (id, locked) VALUES (1, FALSE);

-- A fixed list of members an export may be limited to (the members an incident's notice must reach): the list is
-- made by the privacy officer, the export is still requested by one manager and approved by another.
CREATE TABLE export_list (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    label       VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    members     BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE export_list_member (
    list_id   BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (list_id, member_id),
    CONSTRAINT fk_export_list_member FOREIGN KEY (list_id) REFERENCES export_list (id)
) ENGINE = InnoDB;

-- The first version of the procedure: the structure, to be filled by the privacy officer.
INSERT INTO response_procedure (version, created_at, created_by, change_note, content)
VALUES (1, CURRENT_TIMESTAMP(6), 'system', '初版（雛形）',
        '{"contacts":[],"organisation":{"decides":"","reportsToPpc":"","speaksPublicly":""},"checklists":{}}');

-- Staff: a role whose sign-in is stopped (a containment action "end all sessions of a role"): its live sessions end
-- at their next request and no one holding it signs in until the privacy officer lifts the block.
CREATE TABLE staff_role_block (
    role_name  VARCHAR(24)  NOT NULL,
    blocked_at DATETIME(6)  NOT NULL,
    blocked_by VARCHAR(64)  NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    PRIMARY KEY (role_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
