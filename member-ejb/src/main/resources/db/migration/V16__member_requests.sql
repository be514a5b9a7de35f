-- Issue 15: members' requests under the APPI (Art. 32-39) — purpose notice, disclosure (with the provision records),
-- correction, stop of use, erasure, stop of provision — with the identity check, the clock, the decision and the
-- reply; the published matters (Art. 32); and the two marks an accepted stop leaves on the member.

-- A request, numbered REQ-yyyy-nnnn. No personal value in clear: the member is an id; the true values of a
-- correction are sealed with the data key (bound to the request) and erased once applied or refused; the reply file
-- lives encrypted on disk with its own key, sealed here with its ZIP password.
CREATE TABLE member_request (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    ref                  VARCHAR(16)   NOT NULL,
    kind                 VARCHAR(24)   NOT NULL,
    member_id            BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    channel              VARCHAR(12)   NOT NULL,
    inquiry_number       VARCHAR(24)   NULL,
    requester            VARCHAR(24)   NOT NULL,
    identity_method      VARCHAR(24)   NULL,
    identity_checked_by  VARCHAR(64)   NULL,
    identity_checked_at  DATETIME(6)   NULL,
    delivery             VARCHAR(12)   NOT NULL,
    reply_language       VARCHAR(2)    NOT NULL,
    ground               VARCHAR(32)   NULL,
    fields               VARCHAR(200)  NULL,
    correction_sealed    VARBINARY(4096) NULL,
    fee_yen              BIGINT        NOT NULL,
    fee_status           VARCHAR(8)    NOT NULL,
    received_on          DATE          NOT NULL,
    received_at          DATETIME(6)   NOT NULL,
    due_on               DATE          NOT NULL,
    taken_by             VARCHAR(64)   NOT NULL,
    decision             VARCHAR(12)   NULL,
    reason               VARCHAR(32)   NULL,
    reason_text          VARCHAR(1000) NULL,
    remedy               VARCHAR(16)   NULL,
    applied_fields       VARCHAR(200)  NULL,
    withheld             VARCHAR(300)  NULL,
    decided_by           VARCHAR(64)   NULL,
    decided_at           DATETIME(6)   NULL,
    reply_state          VARCHAR(12)   NOT NULL,
    reply_key            VARBINARY(512) NULL,
    reply_password       VARBINARY(512) NULL,
    reply_bytes          BIGINT        NULL,
    reply_ready_at       DATETIME(6)   NULL,
    reply_reads          INT           NOT NULL DEFAULT 0,
    sent_on              DATE          NULL,
    closed_by            VARCHAR(64)   NULL,
    closed_at            DATETIME(6)   NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_request_ref UNIQUE (ref),
    CONSTRAINT fk_member_request_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_member_request_status (status, due_on),
    INDEX ix_member_request_member (member_id, received_at),
    INDEX ix_member_request_reply (reply_state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last request number given out per year: one atomic upsert hands out the next.
CREATE TABLE member_request_year (
    year     INT NOT NULL,
    last_seq INT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB;

-- The matters the law makes public (Art. 32(1), Cabinet Order Art. 10), one row per version kept by the privacy
-- officer; each item in Japanese and English (JSON), with the fee charged for a purpose notice or a disclosure.
CREATE TABLE published_matters (
    version      INT           NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    change_note  VARCHAR(500)  NOT NULL,
    fee_yen      BIGINT        NOT NULL,
    content      MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An accepted stop of use or of provision: the member stays a member (points go on) but is left out of every later
-- export except the notice list of a leak incident (a duty under Art. 26(2)).
ALTER TABLE member
    ADD COLUMN use_stopped_at       DATETIME(6) NULL,
    ADD COLUMN provision_stopped_at DATETIME(6) NULL;

-- The first version: an example for the demo company; the privacy officer replaces it with the company's own.
INSERT INTO published_matters (version, created_at, created_by, change_note, fee_yen, content)
VALUES (1, CURRENT_TIMESTAMP(6), 'system', '初版（例文）', 500,
        '{"BUSINESS_NAME": {"ja": "株式会社メンバーデモ", "en": "Member Demo K.K."}, "ADDRESS": {"ja": "〒100-0005 東京都千代田区丸の内一丁目1番1号", "en": "1-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005"}, "REPRESENTATIVE": {"ja": "代表取締役 山田 太郎", "en": "Taro Yamada, Representative Director"}, "PURPOSES": {"ja": "1. 会員カード・ポイントサービスの提供（ポイントの付与・利用・失効、会員ランクの判定）\\n2. 会員からのお問い合わせへの対応と本人確認\\n3. 同意をいただいた方への郵便・電子メール・電話・SMSによる商品やキャンペーンのご案内\\n4. 個人を特定しない統計情報の作成\\n5. 法令に基づく対応（漏えい等の報告・通知を含む）", "en": "1. Providing the member card and points service (earning, redeeming and expiring points; member ranks)\\n2. Answering members'' inquiries and identifying the member\\n3. Information on products and campaigns by post, e-mail, phone or SMS to members who consented\\n4. Statistics that identify no one\\n5. Duties under the law (including reports and notices of leaks)"}, "PROCEDURES": {"ja": "利用目的の通知、開示（第三者提供記録を含む）、訂正・追加・削除、利用停止・消去、第三者提供の停止のご請求は、会員サポートセンター（0120-000-000、平日9時〜18時）へお電話いただくか、所定の請求書に本人確認書類の写しを添えて下記の窓口へ郵送してください。店舗の窓口でもお受けします。", "en": "To ask for the purposes of use, disclosure (including the records of provision to third parties), correction, addition or deletion, stop of use or erasure, or stop of provision to third parties, call the member support centre (0120-000-000, weekdays 9:00-18:00), or post the request form with a copy of an identity document to the desk below. Store counters also take requests."}, "IDENTITY_VERIFICATION": {"ja": "お電話：ご登録の内容（氏名・生年月日・電話番号など）との照合。郵送：運転免許証・マイナンバーカード（表面のみ）・パスポート等の写し（回答はご登録の住所へ郵送）。窓口：顔写真付きの本人確認書類。代理人：委任状と本人の印鑑登録証明書、代理人の本人確認書類。法定代理人：戸籍謄本または登記事項証明書と代理人の本人確認書類。", "en": "By phone: we match your registered details (name, date of birth, phone number and so on). By post: a copy of a driving licence, My Number card (front only) or passport; the reply goes to your registered address. At a counter: a photo identity document. Agents: a power of attorney with the member''s seal certificate, and the agent''s identity document. Legal representatives: a family register extract or registration certificate, and the representative''s identity document."}, "FEES": {"ja": "利用目的の通知と開示（第三者提供記録の開示を含む）は1件につき500円（郵便為替または窓口で現金）。訂正・利用停止等は無料です。", "en": "A purpose notice or a disclosure (including the records of provision) costs 500 yen per request (postal money order, or cash at a counter). Corrections and stops are free."}, "SAFETY_MEASURES": {"ja": "個人情報保護規程の策定、個人情報保護管理者の設置、従業者の誓約と年1回の教育、会員情報の項目ごとの暗号化、閲覧・表示・書き出しの全件記録と改ざん検知、社内ネットワークからのみのログインと二要素認証、書き出しの承認と暗号化。データは日本国内で取り扱います。", "en": "A personal information protection policy; a privacy officer; staff pledges and yearly training; every personal field encrypted; every view, reveal and export recorded in a tamper-evident trail; sign-in only from company networks with two-step authentication; exports approved and encrypted. Data is handled in Japan only."}, "COMPLAINTS_DESK": {"ja": "個人情報お問い合わせ窓口：〒100-0005 東京都千代田区丸の内一丁目1番1号 株式会社メンバーデモ 個人情報保護管理者 宛（電話 0120-000-000）", "en": "Personal information desk: Privacy Officer, Member Demo K.K., 1-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005 (phone 0120-000-000)"}, "ACCREDITED_ORGANISATION": {"ja": "", "en": ""}}');
