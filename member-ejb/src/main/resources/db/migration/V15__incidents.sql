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

-- The last incident number given out per year: one atomic upsert hands out the next (INC-yyyy-nnnn).
CREATE TABLE incident_year (
    year     INT NOT NULL,
    last_seq INT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB;

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

-- Exports: a lockdown stops every new export request, approval, download and password display at once (a
-- containment action); one row, changed only by the privacy officer.
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

-- The first version of the procedure: a checklist per kind of incident after PPC guideline 3-5-2 (report and stop
-- the damage, facts and cause, scope, recurrence, PPC and individuals); contacts and organisation are the company's
-- to fill in.
INSERT INTO response_procedure (version, created_at, created_by, change_note, content)
VALUES (1, CURRENT_TIMESTAMP(6), 'system', '初版（個人情報保護委員会ガイドライン3-5-2に沿った雛形）',
        '{"contacts":[],"organisation":{"decides":"","reportsToPpc":"","speaksPublicly":""},"checklists":{"UNAUTHORISED_ACCESS":["個人情報保護管理者へ直ちに報告し、事案を登録する（知った日時を記録）","該当するアカウント・APIクライアントを停止し、必要ならデータの書き出しを全面停止する","監査証跡の改ざん検証を実行し、証跡とサーバーのログを保全する","侵入経路を調べ、閲覧・取得された会員と項目を特定する（影響範囲の計算）","暗号鍵・パスワードが漏れたおそれがあれば鍵の更新を指示する","警察・セキュリティ専門事業者への相談を検討する","個人情報保護委員会へ速報（概ね3〜5日以内）と確報（不正の目的のおそれがあれば60日以内）を提出する","本人へ通知する（連絡できない場合は公表・問い合わせ窓口などの代替措置）","再発防止策を決め、担当者と期限を記録する"],"MISDELIVERY":["個人情報保護管理者へ直ちに報告し、事案を登録する（知った日時を記録）","誤送付先へ連絡して回収・削除を依頼し、第三者が見たかどうかと結果を記録する","誤って公開したものは直ちに公開を止める","送付・公開された会員と項目を特定する（書き出しや会員番号の一覧から影響範囲を計算）","報告の要否を判定する（1,000人超、財産的被害のおそれ、要配慮個人情報）","報告が必要なら速報（概ね3〜5日以内）と確報（30日以内）を提出する","本人へ通知する（または代替措置）","再発防止策（送付前の確認手順など）を決め、担当者と期限を記録する"],"LOSS_OR_THEFT":["個人情報保護管理者へ直ちに報告し、事案を登録する（知った日時を記録）","紛失・盗難の日時と状況を記録し、警察へ届け出る","媒体・ファイルの暗号化と鍵（パスワード）の管理状況を確認する（高度な暗号化に当たるか）","可能なら遠隔消去を行い、結果を記録する","媒体に含まれていた会員と項目を特定する（影響範囲の計算）","報告が必要なら速報（概ね3〜5日以内）と確報（盗難なら60日以内）を提出する","本人へ通知する（または代替措置）","再発防止策（持ち出しの規則など）を決め、担当者と期限を記録する"],"INSIDER":["個人情報保護管理者へ直ちに報告し、事案を登録する（知った日時を記録）","該当する職員のアカウントを停止する","監査証跡の改ざん検証を実行し、証跡を保全する","職員と期間から閲覧・表示・書き出しされた会員と項目を特定する（影響範囲の計算）","持ち出し先を特定し、回収・削除を求める","就業規則・法的措置を人事・法務と検討する","個人情報保護委員会へ速報（概ね3〜5日以内）と確報（60日以内）を提出する","本人へ通知する（または代替措置）","再発防止策（権限の見直し、監視ルールなど）を決め、担当者と期限を記録する"],"PROCESSOR":["委託先からの報告を受け、内容と知った日時を記録して事案を登録する","委託契約に基づき、委託先に調査と報告を求める","委託先へ渡したデータ（書き出し）を特定し、影響範囲を計算する","委託先と連名で報告するかを決める","報告が必要なら速報（概ね3〜5日以内）と確報を提出する","本人へ通知する（または代替措置）","委託先の監督（契約・点検）を見直し、担当者と期限を記録する"]}}');

-- Staff: a role whose sign-in is stopped (a containment action "end all sessions of a role"): its live sessions end
-- at their next request and no one holding it signs in until the privacy officer lifts the block.
CREATE TABLE staff_role_block (
    role_name  VARCHAR(24)  NOT NULL,
    blocked_at DATETIME(6)  NOT NULL,
    blocked_by VARCHAR(64)  NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    PRIMARY KEY (role_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
