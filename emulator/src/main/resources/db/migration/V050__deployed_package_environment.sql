-- The deployments of an environment, by key: the Atom schedules a deployment keeps (domain.schedule), the listeners
-- an Atom runs and an environment's delete read them by environment. The index by component starts with the
-- component, so each of those reads went through every deployment of the account: deploys slowed as they added up.
CREATE INDEX ix_deployed_package_environment ON deployed_package (account_id, environment_id);
