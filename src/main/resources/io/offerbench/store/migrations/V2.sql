-- Schema version 2: every benchmark row says what kind of figure it is (typical, top_of_market,
-- company_specific, one_off, ratio, qualitative), because only typical rows may place an offer below,
-- within or above the market. The documents' rows are replaced with their classified versions when the
-- dataset is next synced; the user's own rows keep everything and get a kind from their metric:
-- pay figures typical (the only use a user row had was placing offers), ratios ratio, the rest qualitative.
-- The Benchmarks screen shows each row's kind and the editor lets the user change it.
ALTER TABLE benchmark ADD COLUMN kind TEXT NOT NULL DEFAULT 'qualitative';
UPDATE benchmark SET kind = 'typical' WHERE metric IN ('total_package', 'base_salary', 'annual_income', 'sign_on_bonus');
UPDATE benchmark SET kind = 'ratio' WHERE metric IN ('pay_ratio', 'exchange_rate');
