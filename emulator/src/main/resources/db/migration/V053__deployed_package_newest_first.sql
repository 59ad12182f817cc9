-- A component's deployments to an environment, newest first: a deploy reads the active one (normally the newest)
-- and the highest version, and both read every deployment of the component to the environment before, so each
-- deploy of it was slower than the last. Read in this index's order (deployment.DeploymentRepository), each is the
-- index's first entry.
DROP INDEX ix_deployed_package_component;
CREATE INDEX ix_deployed_package_component ON deployed_package (account_id, component_id, environment_id, version DESC);
