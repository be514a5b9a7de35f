-- Issue 16: ledger closings. The closing job (LedgerClosings, nightly and safe to run anywhere, twice or at once)
-- folds the ledger's entries into the totals the liability report needs; the report reads these totals and adds the
-- entries not folded yet. What is folded is told by entry id, not by date: an entry written late, dated in the past,
-- is simply one not folded yet. Decision 0014.

-- One row: every entry with an id up to folded_through is in the totals below, except those in ledger_closing_gap.
-- Its lock serialises the job's transactions. expiry_built_at: when ledger_closing_expiry was last built from the
-- lots (NULL: not built, the report reads the lots).
CREATE TABLE ledger_closing (
    id              TINYINT     NOT NULL,
    folded_through  BIGINT      NOT NULL,
    folded_at       DATETIME(6) NULL,
    expiry_built_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_ledger_closing_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO ledger_closing (id, folded_through) VALUES (1, 0);

-- Ids up to folded_through that the job did not see when it folded them: an entry not committed yet (it is folded
-- once it is), or an insert that was rolled back (dropped after a week).
CREATE TABLE ledger_closing_gap (
    first_id BIGINT      NOT NULL,
    last_id  BIGINT      NOT NULL,
    found_at DATETIME(6) NOT NULL,
    PRIMARY KEY (first_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roll-forward: the points of the folded entries per business date and type.
CREATE TABLE ledger_closing_day (
    business_date DATE        NOT NULL,
    entry_type    VARCHAR(12) NOT NULL,
    points        BIGINT      NOT NULL,
    PRIMARY KEY (business_date, entry_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cohorts: per date of earning, the points redeemed and expired out of lots earned by an EARN that day, by the
-- folded entries (issued comes from ledger_closing_day's EARN rows).
CREATE TABLE ledger_closing_cohort (
    earned_on DATE   NOT NULL,
    redeemed  BIGINT NOT NULL,
    expired   BIGINT NOT NULL,
    PRIMARY KEY (earned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Open points by the month lots expire in (its first day), as the folded entries left them.
CREATE TABLE ledger_closing_expiry (
    expiry_month DATE   NOT NULL,
    points       BIGINT NOT NULL,
    PRIMARY KEY (expiry_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
