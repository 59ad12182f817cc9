package dev.boomiemulator.platform.generic;

import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_TEXT_VALUE;

import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Text properties kept a second time as a caseless key, among an object's values: the rules that compare them ignoring
 * case look them up by key through the value index ({@link GenericObjects#listHavingIgnoringCase}). A role's name is
 * unique in its account whatever its case, and a user is known by any spelling of their address: each role create
 * and each assignment read every role or assignment of the account for it (69% of a role create's CPU, falling from
 * 240 to 100 creates/s over 3,500 roles).
 */
public final class CaselessKeys {
    private static final Map<String, Set<String>> KEPT = Map.of("Role", Set.of("name"),
            "AccountUserRole", Set.of("userId"));
    /** Keys to one insert when adding those a state document lacks. */
    private static final int BATCH = 500;

    private CaselessKeys() {
    }

    /** Whether the object's property is kept as a caseless key too. */
    static boolean isKept(String objectName, String property) {
        return KEPT.getOrDefault(objectName, Set.of()).contains(property);
    }

    /**
     * The property a caseless key is kept under: not a name the document gives any property, so no QueryFilter,
     * whose properties are the document's, can name it.
     */
    static String property(String property) {
        return "~" + property;
    }

    /**
     * A text's caseless key: stripped of surrounding blanks, and each character as {@link String#equalsIgnoreCase}
     * compares it (its upper case's lower case), so two texts have one key exactly when they are equal ignoring case
     * once stripped.
     */
    static String key(String text) {
        String stripped = text.strip();
        StringBuilder key = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            key.append(Character.toLowerCase(Character.toUpperCase(stripped.charAt(i))));
        }
        return StoredValues.text(key.toString());
    }

    /**
     * Adds the keys the stored objects lack: those of a state document exported before the keys were kept (a store
     * upgraded in place got them from migration V055). In the caller's transaction.
     */
    public static void addMissing(DSLContext tx) {
        var value = PLATFORM_OBJECT_TEXT_VALUE;
        var key = PLATFORM_OBJECT_TEXT_VALUE.as("caseless_key");
        KEPT.forEach((objectName, properties) -> properties.forEach(property -> {
            var missing = tx.select(value.OBJECT_SEQ, value.POSITION, value.TEXT_VALUE).from(value)
                    .where(value.OBJECT_TYPE.eq(objectName).and(value.PROPERTY.eq(property))
                            .and(value.TEXT_VALUE.isNotNull()))
                    .andNotExists(DSL.selectOne().from(key).where(key.OBJECT_SEQ.eq(value.OBJECT_SEQ)
                            .and(key.PROPERTY.eq(property(property))).and(key.POSITION.eq(value.POSITION))))
                    .fetch();
            for (int from = 0; from < missing.size(); from += BATCH) {
                var insert = tx.insertInto(value, value.OBJECT_SEQ, value.PROPERTY, value.POSITION, value.OBJECT_TYPE,
                        value.TEXT_VALUE);
                for (var row : missing.subList(from, Math.min(missing.size(), from + BATCH))) {
                    insert = insert.values(row.value1(), property(property), row.value2(), objectName,
                            key(row.value3()));
                }
                insert.execute();
            }
        }));
    }
}
