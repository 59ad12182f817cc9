package dev.boomiemulator.common;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;

/**
 * The part of an account in a fixture document that one API family owns (the key {@link #name()} in an
 * account object). It is called inside the loader's transaction after the document passed its schema;
 * a rule the schema cannot express (a reference to an unknown id, a duplicate) is a {@link FixtureProblem}.
 */
public interface FixtureSection {
    String name();

    /** Classpath location of the JSON schema for this section, referenced from the root fixture schema. */
    String schemaResource();

    /**
     * Inserts the section of one account.
     *
     * @param path the JSON path of {@code section} in its document, for error messages
     */
    void load(DSLContext tx, String accountId, JsonNode section, String path);
}
