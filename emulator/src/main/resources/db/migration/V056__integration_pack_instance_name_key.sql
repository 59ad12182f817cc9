-- A multi-install pack's instance is found by its override name, its case aside: each createIntegrationPackDeployment
-- read every instance of the pack, with each one's processes and environments, twice (the name check and the
-- "already installed?" lookup), and fell from 32 to 7 a second over about 500 instances.
ALTER TABLE integration_pack_instance ADD COLUMN override_name_key VARCHAR(255);
UPDATE integration_pack_instance SET override_name_key = LOWER(override_name);
CREATE INDEX ix_integration_pack_instance_name ON integration_pack_instance (account_id, pack_id, override_name_key);
