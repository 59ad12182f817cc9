-- A component's current version by key. A component's GET, its next version and the update that takes the flag off
-- the version before read every version of the component to find the current one, and the update rewrote them all:
-- each save of a component was slower than the last (process component updates 118 -> 26 a second over 32 s).
CREATE INDEX ix_component_version_current ON component_version (account_id, component_id, current_version);
