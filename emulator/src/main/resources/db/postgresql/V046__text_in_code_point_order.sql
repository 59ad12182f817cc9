-- PostgreSQL only (db/postgresql, applied after db/migration's; versions share one sequence, so db/migration skips
-- 046): every text column of the store compares in code point order (COLLATE "C"), as H2 compares text.
--  - A prefix LIKE (QueryFilter LIKE 'Item 1%', STARTS_WITH) is then read as a range of the column's index. Under a
--    database collation such as en_US.UTF-8 or C.UTF-8 a btree index cannot serve LIKE: the first page of a generic
--    object's LIKE query walked every value of the property, 190 ms to 2 s at 100,000 Folders.
--  - A QuerySort on a text property orders as on H2 ('Banana' before 'apple'), whatever locale the server was
--    initialised with.
-- On a database made with C collation (initdb --no-locale) nothing changes. Collation only, so no table is rewritten;
-- the indexes on these columns are rebuilt.
DO $$
DECLARE
    text_column record;
BEGIN
    FOR text_column IN
        SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND c.table_name <> 'flyway_schema_history'
          AND c.data_type IN ('character varying', 'text')
          AND c.collation_name IS DISTINCT FROM 'C'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE %s COLLATE "C"', text_column.table_name,
                       text_column.column_name,
                       CASE WHEN text_column.data_type = 'text' THEN 'text'
                            WHEN text_column.character_maximum_length IS NULL THEN 'varchar'
                            ELSE format('varchar(%s)', text_column.character_maximum_length) END);
    END LOOP;
END $$;
