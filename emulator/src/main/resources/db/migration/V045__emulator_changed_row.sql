-- The primary keys of the rows written since the snapshot, table by table, so that a reset on PostgreSQL copies back
-- only those rows, whichever emulator sharing the database wrote them. Kept by PL/pgSQL row triggers
-- (db.PostgresChangedRows) in the writing transaction, each key once (a unique index on its hash, made there: a key
-- of five long columns could outgrow an index entry); a reset takes them in its own. On H2 this table stays empty:
-- there Java row triggers tell each emulator its own private database's writes (db.ChangedRows).
CREATE TABLE emulator_changed_row (
    table_name VARCHAR(100)  NOT NULL,
    -- the key's columns as a JSON array; '' for the whole table
    row_key    VARCHAR(8000) NOT NULL
);
