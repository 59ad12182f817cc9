package dev.boomiemulator.dataintegration.connection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A connection as stored: its settings with secrets (never answered) and its table catalogue
 * ({@code {"schemas":[{"name","tables":[{"name","columns","increment_columns"}]}]}}, from fixtures).
 */
public record DiConnection(String id, String environmentId, String name, String typeId, String typeLabel,
                           String description, boolean isTest, ObjectNode settings, ObjectNode catalog,
                           String updateBy, Instant updateTime) {
}
