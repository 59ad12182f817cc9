package dev.boomiemulator.domain.schedule;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The conceptual id of a process's schedules on an Atom, synthesized as the real service does:
 * base64 (URL alphabet, no padding) of {@code CPS<atomId>:<processId>}, e.g.
 * {@code Q1BTNGJjYjgzMTIt...}. ProcessSchedules and ProcessScheduleStatus share it.
 */
public final class ScheduleIds {
    private static final String PREFIX = "CPS";

    /** The Atom and process an id names. */
    public record Pair(String atomId, String processId) {
    }

    private ScheduleIds() {
    }

    public static String of(String atomId, String processId) {
        byte[] text = (PREFIX + atomId + ":" + processId).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** The id in its canonical form (URL alphabet, no padding), whichever base64 form it was given in. */
    public static String canonical(String id) {
        return decode(id).map(pair -> of(pair.atomId(), pair.processId())).orElse(id);
    }

    /** The pair an id was made from; empty when it is not such an id. Both base64 alphabets are read. */
    public static Optional<Pair> decode(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String text;
        try {
            String urlForm = id.trim().replace('+', '-').replace('/', '_').replace("=", "");
            text = new String(Base64.getUrlDecoder().decode(urlForm), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (!text.startsWith(PREFIX) || colon <= PREFIX.length() || colon == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Pair(text.substring(PREFIX.length(), colon), text.substring(colon + 1)));
    }
}
