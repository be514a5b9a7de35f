-- Issue 13: an export's file may have its header row in Japanese (the columns' names) instead of the column keys,
-- as the requester chose; requests made before keep the keys. An auditor searches the trail by inquiry number
-- (exactly), newest first: an index keeps that a lookup whatever the trail's size.
ALTER TABLE export_request
    ADD COLUMN japanese_headers BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE audit_entry
    ADD INDEX ix_audit_inquiry_number (inquiry_number, occurred_us);
