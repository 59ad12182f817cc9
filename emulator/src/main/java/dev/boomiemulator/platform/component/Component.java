package dev.boomiemulator.platform.component;

import java.time.Instant;

/**
 * One version of a component: its metadata (as ComponentMetadata shows it) and its XML parts. {@code objectXml} is
 * the content of {@code bns:object} exactly as the client sent it: the emulator does not interpret a component's
 * configuration, it keeps it.
 */
record Component(String id, int version, String name, String type, String folderId, String folderName,
                 String folderFullPath, String branchId, String branchName, boolean deleted, boolean currentVersion,
                 Instant createdDate, String createdBy, Instant modifiedDate, String modifiedBy, String description,
                 String objectXml, String processOverridesXml, String encryptedValuesXml) {
}
