package dev.boomiemulator.platform.generic;

import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_NUMBER_VALUE;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_TEXT_VALUE;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_TIME_VALUE;

import dev.boomiemulator.platform.query.ValueType;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Where a generic object's filterable value is kept: one table per declared type of its property, each indexed on
 * (object type, property, value). A QueryFilter compares a property in its declared type only, so a value is written
 * to one index, the one its queries read.
 */
enum ValueTable {
    TEXT(PLATFORM_OBJECT_TEXT_VALUE, PLATFORM_OBJECT_TEXT_VALUE.OBJECT_SEQ, PLATFORM_OBJECT_TEXT_VALUE.PROPERTY,
            PLATFORM_OBJECT_TEXT_VALUE.POSITION, PLATFORM_OBJECT_TEXT_VALUE.OBJECT_TYPE,
            PLATFORM_OBJECT_TEXT_VALUE.TEXT_VALUE),
    NUMBER(PLATFORM_OBJECT_NUMBER_VALUE, PLATFORM_OBJECT_NUMBER_VALUE.OBJECT_SEQ, PLATFORM_OBJECT_NUMBER_VALUE.PROPERTY,
            PLATFORM_OBJECT_NUMBER_VALUE.POSITION, PLATFORM_OBJECT_NUMBER_VALUE.OBJECT_TYPE,
            PLATFORM_OBJECT_NUMBER_VALUE.NUMBER_VALUE),
    TIME(PLATFORM_OBJECT_TIME_VALUE, PLATFORM_OBJECT_TIME_VALUE.OBJECT_SEQ, PLATFORM_OBJECT_TIME_VALUE.PROPERTY,
            PLATFORM_OBJECT_TIME_VALUE.POSITION, PLATFORM_OBJECT_TIME_VALUE.OBJECT_TYPE,
            PLATFORM_OBJECT_TIME_VALUE.TIME_VALUE);

    final Table<?> table;
    final Field<Long> objectSeq;
    final Field<String> property;
    final Field<Integer> position;
    final Field<String> objectType;
    /** The value in the property's type: null where the object's value does not read as one. */
    final Field<?> value;

    ValueTable(Table<?> table, Field<Long> objectSeq, Field<String> property, Field<Integer> position,
               Field<String> objectType, Field<?> value) {
        this.table = table;
        this.objectSeq = objectSeq;
        this.property = property;
        this.position = position;
        this.objectType = objectType;
        this.value = value;
    }

    /** The columns a value is written to, in the order of {@link ObjectStore}'s value rows. */
    Field<?>[] columns() {
        return new Field<?>[] {objectSeq, property, position, objectType, value};
    }

    static ValueTable of(ValueType type) {
        return switch (type) {
            case NUMBER -> NUMBER;
            case DATE -> TIME;
            default -> TEXT;
        };
    }

    /** The tables holding the object's values: those of its filterable properties' types. */
    static Set<ValueTable> of(OfficialObject object) {
        Set<ValueTable> tables = EnumSet.noneOf(ValueTable.class);
        object.filterable().forEach(filterable -> tables.add(of(filterable.type())));
        return tables;
    }
}
