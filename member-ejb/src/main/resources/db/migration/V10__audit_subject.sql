-- What an audit entry is about, as typed and indexed columns (issue 12): the kind and the id at the head of its
-- target ('export:42;download:1/3' is about export 42). Derived by the database from the target, which the hash
-- chain covers, so they need no chaining of their own and cannot disagree with it; STORED, so existing rows get them
-- now and "who saw member X" joins on an index instead of parsing targets with LIKE.
ALTER TABLE audit_entry
    ADD COLUMN subject_kind VARCHAR(16) GENERATED ALWAYS AS (
        CASE
            WHEN target LIKE 'export:%' THEN 'export'
            WHEN target LIKE 'alert:%' THEN 'alert'
            WHEN target LIKE 'request:%' THEN 'request'
        END) STORED,
    ADD COLUMN subject_id BIGINT GENERATED ALWAYS AS (
        CASE
            WHEN target LIKE 'export:%' OR target LIKE 'alert:%' OR target LIKE 'request:%'
                THEN CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(target, ';', 1), ':', -1) AS UNSIGNED)
        END) STORED,
    ADD INDEX ix_audit_subject (subject_kind, subject_id, event_type);
