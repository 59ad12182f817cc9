package dev.boomiemulator.platform.query;

/** How a filterable property's arguments are read and compared. */
public enum ValueType {
    /** compared as text, case-sensitively */
    STRING,
    /** an enumeration: compared case-insensitively, after the property's alias normalisation */
    ENUM,
    /** compared as numbers */
    NUMBER,
    /** ISO 8601 dates and date-times, compared as instants */
    DATE,
    /** true or false, in any case */
    BOOLEAN
}
