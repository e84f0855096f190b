-- Schema version 7: a benchmark row can name the criterion whose explanation it feeds (a qualitative
-- signal such as "most universities can't afford" the compute informs compute), as a criterion code; empty
-- (NULL) means it informs none. The documents' rows get their criterion when the dataset is next synced
-- (the dataset's version changes with this column); the user's own rows keep everything and inform none.
ALTER TABLE benchmark ADD COLUMN informs TEXT;
