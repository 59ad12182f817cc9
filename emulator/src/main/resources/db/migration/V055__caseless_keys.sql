-- Role names and AccountUserRole userIds are kept a second time as caseless keys, under the property '~' || name
-- (platform.generic.CaselessKeys): a role create and a user's assignment looked a name up ignoring case by reading
-- every role or assignment of the account. The objects stored before this migration get their keys here; the
-- emulator makes a key as Java's equalsIgnoreCase compares, which LOWER(TRIM(...)) matches for all but a few
-- letters outside ASCII.
INSERT INTO platform_object_text_value (object_seq, property, position, object_type, text_value)
SELECT object_seq, '~' || property, position, object_type, LOWER(TRIM(text_value))
FROM platform_object_text_value
WHERE text_value IS NOT NULL
  AND ((object_type = 'Role' AND property = 'name') OR (object_type = 'AccountUserRole' AND property = 'userId'));
