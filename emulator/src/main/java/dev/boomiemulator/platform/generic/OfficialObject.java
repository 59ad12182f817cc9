package dev.boomiemulator.platform.generic;

import dev.boomiemulator.platform.query.ValueType;
import dev.boomiemulator.platform.xml.OfficialSchemas.Listed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One object of the official document as the generic engine serves it.
 *
 * @param name        the object ({@code Folder}), also its {@code @type}
 * @param schema      its schema
 * @param keyProperty the property its path's {@code {id}} names ({@code id}, or {@code atomId} for
 *                    {@code SharedServerInformation}); null for a record no path addresses (an {@code Event}). A
 *                    create or fixture may name the key so even where the object does not carry it
 *                    ({@link #carriesKey()})
 * @param operations  the operations the document lists for it, by kind
 * @param filterable  the properties its QueryFilter may name, from the document's expression enum
 */
record OfficialObject(String name, ObjectSchema schema, String keyProperty, Map<OperationKind, Listed> operations,
                      List<Filterable> filterable) {

    /**
     * A property a QueryFilter may name. {@code property} is the stored property it reads (the document's filter
     * names differ from its property names in case now and then), or null when the schema has none of that name: its
     * value then comes from a property the caller stored under the filter's own name, as a fixture may.
     */
    record Filterable(String name, String property, ValueType type) {
        String source() {
            return property == null ? name : property;
        }
    }

    boolean serves(OperationKind kind) {
        return operations.containsKey(kind);
    }

    Optional<Listed> operation(OperationKind kind) {
        return Optional.ofNullable(operations.get(kind));
    }

    /** Whether the object carries its key as a property; else the key is kept beside it only. */
    boolean carriesKey() {
        return keyProperty != null && schema.has(keyProperty);
    }

    /** Whether the caller names the key: settings kept per Atom or account have no create and are written by update. */
    boolean keyGivenByCaller() {
        return !serves(OperationKind.CREATE);
    }
}
