-- Schema version 5 (scoring judgement, issue 11): three offer fields, each with a default that keeps
-- every existing offer as it was entered.
--  * guaranteed_summer_months: the summer months the university pays whatever the grants; the rest of
--    summer_months are grant-funded and no longer counted as pay. Existing offers get 0 (summer salary
--    is usually grant-funded; the editor shows the months as grant-funded until the user says otherwise).
--  * interest: the student's own interest in the work, 1-5, apart from the market's demand for the
--    topic (topic_fit); NULL = not entered.
--  * product_closeness_not_applicable: 1 when closeness to a product does not apply (a university, say).
ALTER TABLE offer ADD COLUMN guaranteed_summer_months INTEGER NOT NULL DEFAULT 0 CHECK (guaranteed_summer_months BETWEEN 0 AND 3);
ALTER TABLE offer ADD COLUMN interest INTEGER CHECK (interest BETWEEN 1 AND 5);
ALTER TABLE offer ADD COLUMN product_closeness_not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (product_closeness_not_applicable IN (0, 1));
