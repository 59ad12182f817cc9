-- A multi-install integration pack's wrapper process is named "<override name> - <process name>", two names of up
-- to 255 characters each, as integration_pack_instance_process.name already allows. On H2 the longer name made the
-- wrapper's insert (ON DUPLICATE KEY IGNORE) skip the row silently; PostgreSQL refused it.
ALTER TABLE process_component ALTER COLUMN name SET DATA TYPE VARCHAR(1024);
