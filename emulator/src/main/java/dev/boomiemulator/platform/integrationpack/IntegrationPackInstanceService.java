package dev.boomiemulator.platform.integrationpack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.jooq.tables.records.IntegrationPackInstanceRecord;
import dev.boomiemulator.domain.integrationpack.IntegrationPack;
import dev.boomiemulator.domain.integrationpack.IntegrationPackRepository;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryDefinition;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;

/** The Platform IntegrationPackInstance and IntegrationPack objects over the shared integration pack domain. */
public final class IntegrationPackInstanceService {
    private final IntegrationPackService packs;
    private final QueryEngine queries;
    private final QueryDefinition<IntegrationPackInstanceRecord> instanceQuery;

    public IntegrationPackInstanceService(IntegrationPackService packs, IntegrationPackRepository repository,
                                          QueryEngine queries) {
        this.packs = packs;
        this.queries = queries;
        this.instanceQuery = IntegrationPackQueries.instances(repository);
    }

    /** Installs a pack; an override name only for MULTI packs. */
    public IntegrationPackInstanceView install(String accountId, JsonNode body) {
        String packId = JsonFields.text(body, "integrationPackId")
                .orElseThrow(() -> PlatformException.badRequest("integrationPackId is required."));
        IntegrationPack pack = packs.pack(accountId, packId).orElseThrow(() ->
                PlatformException.badRequest("Integration pack " + packId + " is not available to account " + accountId + "."));
        return IntegrationPackInstanceView.of(packs.install(accountId, pack,
                JsonFields.text(body, "integrationPackOverrideName").map(String::strip).filter(s -> !s.isEmpty())));
    }

    public IntegrationPackInstanceView get(String accountId, String id) {
        return packs.instance(accountId, id).map(IntegrationPackInstanceView::of)
                .orElseThrow(() -> PlatformException.notFound("IntegrationPackInstance", id));
    }

    /** Uninstalls: the instance and its processes go. */
    public void uninstall(String accountId, String id) {
        if (!packs.uninstall(accountId, id)) {
            throw PlatformException.notFound("IntegrationPackInstance", id);
        }
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(instanceQuery, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(instanceQuery, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }

    // ---- IntegrationPack: the packs available to the account -------------------------------------------

    public IntegrationPackView getPack(String accountId, String id) {
        return packs.pack(accountId, id).map(IntegrationPackView::of)
                .orElseThrow(() -> PlatformException.notFound("IntegrationPack", id));
    }

    public QueryResult queryPacks(String accountId, JsonNode body) {
        return queries.query(IntegrationPackQueries.PACKS, accountId, body);
    }

    public QueryResult queryMorePacks(String accountId, String token) {
        return queries.queryMore(IntegrationPackQueries.PACKS, accountId, token);
    }

    public BulkGet.BulkResult bulkPacks(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> getPack(accountId, id));
    }
}
