-- Which data key sealed each inquiry's notes (issue 13, key rotation): key rotation re-seals inquiry notes as well as
-- members' data, and its page counts per key what is left, so that an old key is removed only when no notes need it.
-- The key id is also inside the sealed bytes (FieldCipher: byte 1 its length n, then n ASCII characters), but
-- counting and finding per key by reading every row's bytes would scan the whole table: a column with an index, as
-- member.data_key_id, does both from the index.
ALTER TABLE inquiry
    ADD COLUMN notes_key_id VARCHAR(16) NULL AFTER notes_enc,
    ADD INDEX ix_inquiry_notes_key (notes_key_id, id);

-- Notes written before this column: the key id read from the sealed form, once. A value not in that form (version
-- byte 1, a key id of 1 to 16 of the characters KeyRing allows) keeps NULL, as the application does.
UPDATE inquiry
   SET notes_key_id = CONVERT(SUBSTRING(notes_enc, 3, ASCII(SUBSTRING(notes_enc, 2, 1))) USING ascii)
 WHERE notes_enc IS NOT NULL
   AND ASCII(SUBSTRING(notes_enc, 1, 1)) = 1
   AND ASCII(SUBSTRING(notes_enc, 2, 1)) BETWEEN 1 AND 16
   AND LENGTH(notes_enc) >= 2 + ASCII(SUBSTRING(notes_enc, 2, 1)) + 12 + 16
   AND SUBSTRING(notes_enc, 3, ASCII(SUBSTRING(notes_enc, 2, 1))) REGEXP '^[A-Za-z0-9_-]+$';
