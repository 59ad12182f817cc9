-- A data flow's runs list (GET .../rivers/{id}/runs) pages in the database, newest or oldest request first by
-- default: this index gives it that order within the data flow, so a page is read off the index and not sorted from
-- every run the data flow ever had.
CREATE INDEX ix_di_run_requested ON di_run (account_id, environment_id, river_id, requested_at, seq);
