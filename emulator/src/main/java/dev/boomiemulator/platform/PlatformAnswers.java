package dev.boomiemulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.platform.xml.PlatformXml;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A Platform handler's answer: how a handler sets it ({@link #answer}), what the layers around the handler (the
 * audit trail, the XML conversion) read of it ({@link #json}), and how it is written once the handler is done
 * ({@link #finish}).
 */
public final class PlatformAnswers {
    private static final String KEPT = "platform.keptAnswer";

    /**
     * An answer as the handler gave it, the empty result that stands for it while no other result replaces it, and
     * its JSON tree once something asked for it.
     */
    private static final class Kept {
        private final Object answer;
        private final InputStream result;
        private JsonNode tree;

        Kept(Object answer, InputStream result) {
            this.answer = answer;
            this.result = result;
        }

        JsonNode tree() {
            if (tree == null) {
                tree = Json.mapper().valueToTree(answer);
            }
            return tree;
        }
    }

    private PlatformAnswers() {
    }

    /**
     * Sets the handler's answer, kept as the handler gave it and written, as JSON or as XML, once the handler is done
     * ({@link #finish}): a handler that changes the store runs in the account's turn (a change and its audit entry
     * are one transaction), and writing its answer there held the other writers of the account for it. Written as
     * JSON text and parsed back, an XML answer's tree was also a fifth of an XML query page's CPU (a page of 100
     * environments, 2 alternating pairs: 1,687-1,774 req/s against 1,918-1,945 kept as a tree).
     */
    public static void answer(Context ctx, Object answer) {
        ctx.contentType(ContentType.APPLICATION_JSON).result("");
        ctx.attribute(KEPT, new Kept(answer, ctx.resultInputStream()));
    }

    /**
     * Writes the answer once the handler is done: a kept answer that still stands as JSON for a caller that wants JSON,
     * any JSON answer as XML for one that wants XML ({@link PlatformXml#answer}).
     */
    public static void finish(Context ctx) {
        Kept kept = standing(ctx);
        if (kept != null && !PlatformXml.answersInXml(ctx)) {
            ctx.json(kept.answer);
            return;
        }
        PlatformXml.answer(ctx);
    }

    /** The kept answer if it still is the answer: not replaced since (by an error's, say). */
    private static Kept standing(Context ctx) {
        Kept kept = ctx.attribute(KEPT);
        return kept != null && kept.result == ctx.resultInputStream() ? kept : null;
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
        Kept kept = standing(ctx);
        if (kept != null) {
            return kept.tree();
        }
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
