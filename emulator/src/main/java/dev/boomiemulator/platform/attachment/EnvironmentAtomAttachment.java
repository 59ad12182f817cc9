package dev.boomiemulator.platform.attachment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An Atom attached to an environment. The id is conceptual, synthesized from the two ids the way the
 * real service synthesizes its conceptual ids: base64 (URL alphabet, no padding) of
 * {@code EAA<atomId>:<environmentId>}.
 */
@JsonPropertyOrder({"@type", "atomId", "environmentId", "id"})
public record EnvironmentAtomAttachment(String atomId, String environmentId, String id) {
    public static EnvironmentAtomAttachment of(String atomId, String environmentId) {
        byte[] text = ("EAA" + atomId + ":" + environmentId).getBytes(StandardCharsets.UTF_8);
        return new EnvironmentAtomAttachment(atomId, environmentId,
                Base64.getUrlEncoder().withoutPadding().encodeToString(text));
    }

    @JsonProperty("@type")
    public String objectType() {
        return "EnvironmentAtomAttachment";
    }
}
