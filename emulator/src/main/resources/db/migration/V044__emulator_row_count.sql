-- How many rows each account holds in each table a Platform query pages (in platform_object, per object type), so
-- that a query with no filter answers its numberOfResults by key instead of counting the account's rows. Kept by H2
-- row triggers (db.RowCounts) in the writing statement's own transaction, on a private in-memory database only: on
-- PostgreSQL or a database given by URL this table stays empty and the query engine counts.
CREATE TABLE emulator_row_count (
    table_name VARCHAR(100) NOT NULL,
    account_id VARCHAR(255) NOT NULL,
    -- the object type for a table holding several (platform_object), else ''
    kind       VARCHAR(100) NOT NULL,
    total      BIGINT       NOT NULL,
    PRIMARY KEY (table_name, account_id, kind)
);
