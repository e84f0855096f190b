-- Schema version 4: private equity is valued by the company's stage (public, late-stage with tender
-- offers, growth, early) and, if the user sets them, by this offer's own bear / base / bull multipliers
-- (decimals as text, like every amount). Existing offers keep everything: the new columns start empty,
-- which means "stage not given" and "the stage's defaults", so every score stays as it was.
ALTER TABLE offer ADD COLUMN equity_stage TEXT;
ALTER TABLE offer ADD COLUMN equity_bear TEXT;
ALTER TABLE offer ADD COLUMN equity_base TEXT;
ALTER TABLE offer ADD COLUMN equity_bull TEXT;
