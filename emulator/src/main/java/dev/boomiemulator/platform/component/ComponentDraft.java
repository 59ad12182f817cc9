package dev.boomiemulator.platform.component;

/**
 * What a create or update says about a component: any field may be null (not given). The XML parts are inner XML,
 * kept verbatim.
 */
record ComponentDraft(String componentId, String name, String type, String folderId, String branchId,
                      Boolean deleted, String description, String objectXml, String processOverridesXml,
                      String encryptedValuesXml) {
}
