-- Schema version 8: a review comment whose text was changed after it was written says so ("edited <date>") in the
-- window, the report and comparison files. edited_at is the ISO-8601 UTC instant of the last change of its text;
-- NULL means never edited. Existing comments keep everything and count as never edited (no earlier version
-- recorded a change).
ALTER TABLE review_comment ADD COLUMN edited_at TEXT;
