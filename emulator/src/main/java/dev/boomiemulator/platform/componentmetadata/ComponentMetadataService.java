package dev.boomiemulator.platform.componentmetadata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;

/**
 * Component metadata: every version of every component (the processes of the account), read-only. Query
 * with {@code currentVersion EQUALS true} for the versions the Process object shows.
 */
public final class ComponentMetadataService {
    private final ComponentMetadataRepository metadata;
    private final QueryEngine queries;

    public ComponentMetadataService(ComponentMetadataRepository metadata, QueryEngine queries) {
        this.metadata = metadata;
        this.queries = queries;
    }

    /** The current version; the id may carry a branch ({@code componentId~branchId}), which is ignored. */
    public ComponentMetadata get(String accountId, String id) {
        int tilde = id.indexOf('~');
        String componentId = tilde < 0 ? id : id.substring(0, tilde);
        return metadata.current(accountId, componentId).orElseThrow(() -> PlatformException.notFound("ComponentMetadata", id));
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(ComponentMetadataRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(ComponentMetadataRepository.QUERY, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }
}
