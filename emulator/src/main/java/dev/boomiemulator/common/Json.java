package dev.boomiemulator.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The one Jackson configuration every family reads and writes with. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("boomi-instants").addSerializer(Instant.class, new WholeSeconds()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * An instant as Boomi's APIs write one, {@code 2016-11-17T19:30:39Z}: UTC, to the second (the official document's
     * examples, and what this emulator's hand-written answers always wrote). Jackson's own wrote the clock's
     * microseconds ({@code 2026-12-06T17:19:55.878683Z}) into the answers built from records (an Environment's or a
     * ComponentMetadata's dates), which a client parsing Boomi's format refuses. Registered after the JavaTimeModule,
     * so it takes precedence.
     */
    private static final class WholeSeconds extends StdSerializer<Instant> {
        WholeSeconds() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant instant, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(instant.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }
}
