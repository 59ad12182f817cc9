-- The Platform API's request-rate limit, kept in the database rather than in one JVM's memory so that
-- replicas sharing a database share the limit too.

-- The limit itself: one row (id 1), 0 when there is none. A reset restores it like every table, so a
-- test that switches the limit on cannot throttle the next one.
CREATE TABLE platform_rate_limit (
    id                  INT NOT NULL PRIMARY KEY,
    requests_per_second INT NOT NULL
);

-- Per account, the current one-second window on the emulator clock and the requests it has counted.
-- One row per account, updated in place (count = count + 1 under the row's lock).
CREATE TABLE platform_request_window (
    account_id    VARCHAR(255)             NOT NULL PRIMARY KEY,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    request_count INT                      NOT NULL
);
