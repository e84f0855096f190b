-- Schema version 3: every offer carries a stable identity, a random UUID that travels with it through
-- comparison files, so an advisor's file coming back merges into the student's own offers (comments
-- added, changes shown as conflicts) instead of adding a second copy of each. Existing offers get one now;
-- nothing else changes.
ALTER TABLE offer ADD COLUMN uid TEXT;
UPDATE offer SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE uid IS NULL;
CREATE UNIQUE INDEX offer_uid ON offer (uid);
