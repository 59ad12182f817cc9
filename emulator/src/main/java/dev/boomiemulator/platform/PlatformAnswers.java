package dev.boomiemulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** What the layers around a Platform handler (the audit trail, the XML conversion) read of the answer it set. */
public final class PlatformAnswers {
    private PlatformAnswers() {
    }

    /**
     * The answer, parsed as JSON; null if the handler set none. An answer held in memory (what {@code ctx.json} and
     * {@code ctx.result(String)} make) is parsed from its bytes where they lie and left to be read again: read into a
     * string first ({@code ctx.result()}), it was copied twice, through an 8 KB buffer zeroed each time, and decoded,
     * a third of an XML answer's conversion.
     *
     * @throws IOException if the answer is not JSON
     */
    public static JsonNode json(Context ctx) throws IOException {
        if (ctx.resultInputStream() instanceof ByteArrayInputStream bytes) {
            bytes.reset();
            if (bytes.available() == 0) {
                return null;
            }
            try {
                return Json.mapper().readTree(bytes);
            } finally {
                bytes.reset();
            }
        }
        String text = ctx.result();
        return text == null || text.isEmpty() ? null : Json.mapper().readTree(text);
    }
}
