-- Issue 13: the address from a postal code. Japan Post's postal-code file (KEN_ALL.CSV) as an administrator last
-- imported it: one row per postal code and town, cleaned of the file's quirks (a town split over several rows joined,
-- remarks in parentheses dropped). Each import replaces every row in one transaction, so a lookup sees the previous
-- file or the new one, never a mix. The prefecture is its JIS X 0401 code, as a member's is; the town is '' where
-- the code stands for the whole city or for every town the file does not list; the readings are full-width katakana.
CREATE TABLE postal_area (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    postal_code     CHAR(7)      NOT NULL,
    prefecture_code CHAR(2)      NOT NULL,
    city            VARCHAR(50)  NOT NULL,
    town            VARCHAR(100) NOT NULL,
    city_kana       VARCHAR(100) NOT NULL,
    town_kana       VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_postal_area_code (postal_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each import that replaced the areas: when, by whom, from which file, and its report's counts (the status page
-- shows the latest; the audit trail has the same import as POSTAL_CODES_IMPORTED).
CREATE TABLE postal_import (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    imported_at  DATETIME(6)  NOT NULL,
    imported_by  VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    rows_read    BIGINT       NOT NULL,
    postal_codes INT          NOT NULL,
    areas        INT          NOT NULL,
    rows_refused BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
