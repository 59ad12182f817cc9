package dev.boomiemulator.dataintegration.environment;

import java.time.Instant;

/** An environment as stored. {@code defaultGroupId}: the group data flows join when they name none. */
public record DiEnvironment(String id, String name, String description, String color, boolean isDefault,
                            boolean isDeleted, boolean isDeleteLock, String userCreated, Instant createdAt,
                            Instant updatedAt, String updatedBy, Instant deletedAt, String deletedBy,
                            String defaultGroupId) {
}
