-- Temporary files an export or a report of this database is writing: each is written beside the
-- file the user chose and renamed into place at the end. A run killed midway leaves one behind;
-- the next start of this database removes it (PendingFiles), and only those listed here.
CREATE TABLE IF NOT EXISTS pending_file (
    path TEXT PRIMARY KEY CHECK (path <> '')
) STRICT;
