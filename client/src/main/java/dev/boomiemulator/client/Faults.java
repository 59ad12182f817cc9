package dev.boomiemulator.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The emulator's fault rules ({@code /_emulator/faults}), seen from a test. */
public final class Faults {
    private final ControlHttp http;

    Faults(ControlHttp http) {
        this.http = http;
    }

    /** Adds the rule; returns its id (for {@link #remove}). */
    public String add(Fault fault) {
        return http.post("/faults", fault.json()).path("id").asText();
    }

    public void remove(String id) {
        http.delete("/faults/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    /** Removes every rule. */
    public void clear() {
        http.delete("/faults");
    }

    /** The rules in force, each with how often it matched and fired. */
    public JsonNode list() {
        return http.get("/faults").path("faults");
    }
}
