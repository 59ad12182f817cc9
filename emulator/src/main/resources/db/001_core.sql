-- Accounts are the unit of isolation: every other table carries ACCOUNT_ID,
-- and a per-account reset deletes by that column in every table that has it.

CREATE TABLE account (
    id           VARCHAR(255)              NOT NULL PRIMARY KEY,
    name         VARCHAR(255)             NOT NULL,
    status       VARCHAR(32)              NOT NULL,
    date_created TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the partner account that manages this one (the Partner API's overrideAccount), or null;
    -- no foreign key: a per-account reset deletes and restores a parent while its children stay
    parent_account_id VARCHAR(255)
);

-- A user belongs to one or more accounts; the same username may appear under several accounts.
CREATE TABLE account_user (
    account_id VARCHAR(255)  NOT NULL,
    username   VARCHAR(255) NOT NULL,
    password   VARCHAR(255),
    api_token  VARCHAR(255),
    PRIMARY KEY (account_id, username)
);
CREATE INDEX ix_account_user_username ON account_user (username);
