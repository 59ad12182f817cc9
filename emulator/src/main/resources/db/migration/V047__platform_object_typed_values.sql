-- A generic object's filterable values, one table per declared type of the property (text, number, instant), where
-- platform_object_value kept every value's text, number and instant side by side under three indexes. A QueryFilter
-- compares a property in the column of its declared type only, so the other two indexes were written on every
-- create and never read: five index entries per value where three serve (a fifth of a create's CPU, measured on
-- POST Environment, whose AuditLog entry holds 8 values).
-- A value is kept in its property's table even when it does not read as that type (the typed column is then null),
-- so IS_NULL and IS_NOT_NULL answer as before.

CREATE TABLE platform_object_text_value (
    object_seq  BIGINT        NOT NULL,
    property    VARCHAR(100)  NOT NULL,
    position    INT           NOT NULL,
    object_type VARCHAR(100)  NOT NULL,
    text_value  VARCHAR(4000),
    PRIMARY KEY (object_seq, property, position)
);
CREATE INDEX ix_platform_object_text_value ON platform_object_text_value (object_type, property, text_value);

CREATE TABLE platform_object_number_value (
    object_seq   BIGINT        NOT NULL,
    property     VARCHAR(100)  NOT NULL,
    position     INT           NOT NULL,
    object_type  VARCHAR(100)  NOT NULL,
    number_value DECIMAL(38, 10),
    PRIMARY KEY (object_seq, property, position)
);
CREATE INDEX ix_platform_object_number_value ON platform_object_number_value (object_type, property, number_value);

CREATE TABLE platform_object_time_value (
    object_seq  BIGINT        NOT NULL,
    property    VARCHAR(100)  NOT NULL,
    position    INT           NOT NULL,
    object_type VARCHAR(100)  NOT NULL,
    time_value  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (object_seq, property, position)
);
CREATE INDEX ix_platform_object_time_value ON platform_object_time_value (object_type, property, time_value);

-- A store made before this version (a shared PostgreSQL instance) keeps its values. The migration does not know a
-- property's declared type, so every value keeps its text, and a value that read as a number or an instant is
-- also kept as one: each query still finds it in the table it reads. New writes keep a value once.
INSERT INTO platform_object_text_value (object_seq, property, position, object_type, text_value)
    SELECT object_seq, property, position, object_type, text_value FROM platform_object_value;
INSERT INTO platform_object_number_value (object_seq, property, position, object_type, number_value)
    SELECT object_seq, property, position, object_type, number_value FROM platform_object_value
    WHERE number_value IS NOT NULL;
INSERT INTO platform_object_time_value (object_seq, property, position, object_type, time_value)
    SELECT object_seq, property, position, object_type, time_value FROM platform_object_value
    WHERE time_value IS NOT NULL;

DROP TABLE platform_object_value;
