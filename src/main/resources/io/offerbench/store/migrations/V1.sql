-- OfferBench schema version 1.
-- Conventions (see docs/reliability.md):
--  * Money and other decimals are TEXT holding BigDecimal.toPlainString(), so amounts and their
--    scale come back exactly; never REAL.
--  * Enumerations are stored by their stable lower-case code (domain Coded.code()).
--  * Timestamps are ISO-8601 UTC instants, dates are ISO-8601 local dates.
--  * STRICT tables make SQLite refuse a value of the wrong type instead of converting it.
-- Each statement ends with ';' at the end of a line: the migration runner splits on that.

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

INSERT INTO store_meta (key, value) VALUES ('generation', '0');

CREATE TABLE offer (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    company              TEXT    NOT NULL CHECK (company <> ''),
    role_title           TEXT    NOT NULL,
    offer_type           TEXT    NOT NULL,
    seniority            TEXT    NOT NULL,
    city                 TEXT    NOT NULL,
    country              TEXT    NOT NULL,
    remote               INTEGER NOT NULL CHECK (remote IN (0, 1)),
    currency             TEXT    NOT NULL,
    base_salary          TEXT    NOT NULL,
    bonus_amount         TEXT,
    bonus_percent        TEXT,
    sign_on_bonus        TEXT    NOT NULL,
    sign_on_years        INTEGER NOT NULL,
    relocation           TEXT    NOT NULL,
    equity_value         TEXT    NOT NULL,
    equity_type          TEXT    NOT NULL,
    vesting              TEXT    NOT NULL,
    vesting_years        INTEGER NOT NULL,
    vesting_cliff_months INTEGER NOT NULL,
    equity_refresher     TEXT    NOT NULL,
    nine_month_salary    TEXT,
    summer_months        INTEGER NOT NULL,
    startup_package      TEXT    NOT NULL,
    startup_years        INTEGER NOT NULL,
    teaching_courses     TEXT    NOT NULL,
    research_freedom_pct INTEGER,
    publication_policy   TEXT,
    compute_access       TEXT,
    topic_fit            TEXT,
    team_fit             INTEGER,
    role_clarity         INTEGER,
    product_closeness    INTEGER,
    stability            INTEGER,
    hours_per_week       INTEGER,
    commute_minutes      INTEGER,
    visa_support         TEXT,
    status               TEXT    NOT NULL,
    deadline             TEXT,
    notes                TEXT    NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
) STRICT;

CREATE TABLE benchmark (
    id          TEXT    PRIMARY KEY,
    seed_file   TEXT    NOT NULL,
    outlet      TEXT    NOT NULL,
    published   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    segment     TEXT    NOT NULL,
    seniority   TEXT,
    metric      TEXT    NOT NULL,
    low         TEXT,
    high        TEXT,
    unit        TEXT    NOT NULL,
    currency    TEXT,
    as_of_year  INTEGER NOT NULL,
    quote       TEXT    NOT NULL,
    caveat      TEXT    NOT NULL,
    origin      TEXT    NOT NULL CHECK (origin IN ('document', 'user')),
    hidden      INTEGER NOT NULL CHECK (hidden IN (0, 1))
) STRICT;

CREATE TABLE exchange_rate (
    currency TEXT PRIMARY KEY,
    per_usd  TEXT NOT NULL,
    as_of    TEXT NOT NULL,
    source   TEXT NOT NULL
) STRICT;

CREATE TABLE weight_profile (
    name TEXT PRIMARY KEY CHECK (name <> '')
) STRICT;

CREATE TABLE weight_profile_weight (
    profile_name TEXT NOT NULL REFERENCES weight_profile (name) ON DELETE CASCADE ON UPDATE CASCADE,
    criterion    TEXT NOT NULL,
    weight       TEXT NOT NULL,
    PRIMARY KEY (profile_name, criterion)
) STRICT;

CREATE TABLE location_factor (
    kind  TEXT NOT NULL,
    place TEXT NOT NULL COLLATE NOCASE,
    value TEXT NOT NULL,
    note  TEXT NOT NULL,
    PRIMARY KEY (kind, place)
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Reserved for the advisor-review feature.
CREATE TABLE review_comment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    offer_id   INTEGER NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    author     TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
) STRICT;

CREATE INDEX review_comment_offer ON review_comment (offer_id);

CREATE TABLE review_mark (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    reviewed_at TEXT NOT NULL,
    snapshot    TEXT NOT NULL
) STRICT;
