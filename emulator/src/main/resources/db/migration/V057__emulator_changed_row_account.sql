-- Each logged key names the account whose row it is, so that a reset of one account reads and takes its own keys
-- only: on a shared instance, where teams reset their own accounts and nobody resets the whole store, every account's
-- reset read, counted and copied back what every account had written since the last full reset, a log that only grew.
-- NULL where the row does not say whose it is (a generic object's values, until a reset looks their object up; keys
-- logged before this column): every account's reset looks at those, and only a full reset takes them.
ALTER TABLE emulator_changed_row ADD COLUMN account_id VARCHAR(255);
CREATE INDEX ix_emulator_changed_row_account ON emulator_changed_row (account_id, table_name);
