package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A data flow as stored. {@code definition} holds what the client sent (see {@link RiverDefinition});
 * {@code mainRiverId} is set on the sub-rivers of a main data flow.
 */
public record River(long seq, String id, String environmentId, String name, String type, String kind,
                    String mainRiverId, String groupId, String groupName, String status, boolean isApiV2,
                    boolean isDeleted, ObjectNode definition, Simulation simulation, Instant createdAt,
                    String createdBy, Instant lastUpdatedAt, String lastUpdatedBy, String currentVersionId,
                    Instant deletedAt) {
    public static final String ACTIVE = "active";
    public static final String DISABLED = "disabled";
    public static final String MAIN_RIVER = "main_river";
    public static final String SUB_RIVER = "sub_river";
    public static final String SOURCE_TO_TARGET = "source_to_target";

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public ObjectNode properties() {
        return RiverDefinition.properties(definition);
    }
}
