package dev.boomiemulator.server;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * swagger-request-validator's schema validator, remembering its verdict on short parameter values.
 *
 * <p>Path, query and header values are checked one by one through a JSON Schema validator (json-schema-validator,
 * "fge"), which costs tens of microseconds per value; a client sends the same account id and the same few ids
 * over and over. A verdict is a pure function of the value, the schema and the message key, and the library's
 * reports are immutable, so a remembered verdict is the very report a new check would give: validation is as
 * strict as before. Request bodies go through the other {@code validate} method; whole requests are remembered by
 * {@link RequestVerdicts}.
 */
final class ParameterVerdicts extends SchemaValidator {
    /** Longer values are checked every time: they are rare, and keep the memory bound small. */
    static final int LONGEST_REMEMBERED = 256;

    private final RememberedVerdicts<Key> verdicts = new RememberedVerdicts<>();

    ParameterVerdicts(OpenAPI api, MessageResolver messages) {
        super(api, messages);
    }

    @Override
    public ValidationReport validate(String value, Schema schema, String keyPrefix) {
        if (value == null || value.length() > LONGEST_REMEMBERED || schema == null) {
            return super.validate(value, schema, keyPrefix);
        }
        return verdicts.verdict(new Key(schema, keyPrefix, value), () -> super.validate(value, schema, keyPrefix));
    }

    /** The schema by identity: the parsed document's schemas never change, and deep equality costs a walk. */
    private static final class Key {
        private final Schema<?> schema;
        private final String keyPrefix;
        private final String value;
        private final int hash;

        Key(Schema<?> schema, String keyPrefix, String value) {
            this.schema = schema;
            this.keyPrefix = keyPrefix;
            this.value = value;
            this.hash = (System.identityHashCode(schema) * 31 + String.valueOf(keyPrefix).hashCode()) * 31 + value.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.schema == schema && key.value.equals(value)
                    && java.util.Objects.equals(key.keyPrefix, keyPrefix);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
