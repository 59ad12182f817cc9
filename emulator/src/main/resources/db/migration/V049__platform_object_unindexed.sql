-- The generic objects whose filterable values are not indexed yet: an object type written on every change and read
-- rarely (AuditLog, one entry per change) has its values indexed by the first query of its type after the write
-- (generic.ObjectStore), not by the write itself. Its 8 values were 8 rows and 16 index entries in each create's
-- transaction, in the account's turn: 40% of an Environment create's time on H2. A write leaves one row here instead;
-- the query that indexes the values deletes it, in the account's turn, so every reader after it finds them.
CREATE TABLE platform_object_unindexed (
    account_id  VARCHAR(255) NOT NULL,
    object_type VARCHAR(100) NOT NULL,
    object_seq  BIGINT       NOT NULL,
    PRIMARY KEY (account_id, object_type, object_seq)
);
