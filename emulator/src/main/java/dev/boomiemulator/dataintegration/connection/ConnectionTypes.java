package dev.boomiemulator.dataintegration.connection;

import java.util.Locale;
import java.util.Map;

/** The console labels of common connection types ({@code mysql} → {@code MySQL}). */
final class ConnectionTypes {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("mysql", "MySQL"),
            Map.entry("postgresql", "PostgreSQL"),
            Map.entry("postgres", "PostgreSQL"),
            Map.entry("mssql", "Microsoft SQL Server"),
            Map.entry("oracle", "Oracle"),
            Map.entry("snowflake", "Snowflake"),
            Map.entry("bigquery", "Google BigQuery"),
            Map.entry("redshift", "Amazon Redshift"),
            Map.entry("databricks", "Databricks"),
            Map.entry("mongodb", "MongoDB"),
            Map.entry("salesforce", "Salesforce"),
            Map.entry("hubspot", "HubSpot"),
            Map.entry("s3", "Amazon S3"),
            Map.entry("azure_synapse", "Azure Synapse Analytics"));

    private ConnectionTypes() {
    }

    /** The label for a type id; an unknown id is its own label. */
    static String label(String typeId) {
        return LABELS.getOrDefault(typeId.toLowerCase(Locale.ROOT), typeId);
    }

    /** The type id for what a client sent as a label or id: {@code MySQL} → {@code mysql}. */
    static String idFor(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (LABELS.containsKey(lower)) {
            return lower;
        }
        return LABELS.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(given))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(lower.replace(' ', '_'));
    }
}
