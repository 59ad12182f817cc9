package dev.boomiemulator.platform.query;

import org.jooq.Condition;

/** How a queried row owns the values of a side table (one row per value) that a filter compares against. */
public interface ValueOwner {
    /** "The queried row has a value meeting {@code matching}." */
    Condition has(Condition matching);

    /**
     * The rows that have a value meeting {@code matching} and meet {@code within} (a condition on the queried table),
     * written to be read from the value side: the database looks up the matching values through their index, then
     * their rows by key. "Has a value" alone, beside the account's own conditions, is planned the other way round by
     * H2: it walks the account's rows and checks each one's sequence against the values.
     */
    Condition hasWithin(Condition matching, Condition within);
}
