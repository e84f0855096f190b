-- Schema version 6: private equity is valued by the company's stage (public, late-stage with tender
-- offers, growth, early) and, if the user sets them, by this offer's own bear / base / bull percentages of
-- the value at grant (whole numbers, 0-1000). Columns are named as their OfferField keys. Existing offers keep everything: the new columns start empty,
-- which means "stage not given" and "the stage's defaults", so every score stays as it was.
ALTER TABLE offer ADD COLUMN equity_stage TEXT;
ALTER TABLE offer ADD COLUMN equity_bear_percent INTEGER;
ALTER TABLE offer ADD COLUMN equity_base_percent INTEGER;
ALTER TABLE offer ADD COLUMN equity_bull_percent INTEGER;
