-- Whether an execution has still to leave its footprint (platform.execution.ExecutionFootprints: its
-- ExecutionConnector rows, its share of an ExecutionSummaryRecord, its Event). Every read of those objects first asks
-- whether a finished execution of the account has none yet; that read went through every finished execution (each
-- checked against execution_footprint), so it slowed as runs added up. A row is due from its insert until its
-- footprint is made; the read takes the finished ones among the due, by key. A row written without the column (a
-- state document from before it) is due, and one whose footprint exists is skipped as before.
ALTER TABLE execution_record ADD COLUMN footprint_due BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE execution_record SET footprint_due = FALSE WHERE EXISTS (SELECT 1 FROM execution_footprint
    WHERE execution_footprint.account_id = execution_record.account_id
      AND execution_footprint.execution_id = execution_record.execution_id);
CREATE INDEX ix_execution_record_footprint_due ON execution_record (account_id, footprint_due, seq);
