-- Running executions by their end, with the finished ones (whose end is null) after them. H2 sorts nulls first, so
-- "ends at or before now" (asked before every read of an account's executions, and by the update that ends them)
-- read the index through every finished execution of the account before the first running one: a client polling
-- its run slowed as runs added up. PostgreSQL sorts nulls last already; saying so changes nothing there.
DROP INDEX ix_execution_record_running;
CREATE INDEX ix_execution_record_running ON execution_record (account_id, ends_at NULLS LAST);
