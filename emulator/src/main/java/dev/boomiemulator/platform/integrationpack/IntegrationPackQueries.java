package dev.boomiemulator.platform.integrationpack;

import static dev.boomiemulator.db.jooq.Tables.INTEGRATION_PACK;
import static dev.boomiemulator.db.jooq.Tables.INTEGRATION_PACK_INSTANCE;

import dev.boomiemulator.db.jooq.tables.records.IntegrationPackInstanceRecord;
import dev.boomiemulator.db.jooq.tables.records.IntegrationPackRecord;
import dev.boomiemulator.domain.integrationpack.IntegrationPackRepository;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.util.List;

/** The Platform queries over the integration pack tables the domain owns. */
final class IntegrationPackQueries {
    private IntegrationPackQueries() {
    }

    /** The real service's filterable IntegrationPackInstance properties. */
    static QueryDefinition<IntegrationPackInstanceRecord> instances(IntegrationPackRepository repository) {
        return new QueryDefinition<>("IntegrationPackInstance", INTEGRATION_PACK_INSTANCE,
                INTEGRATION_PACK_INSTANCE.ACCOUNT_ID, INTEGRATION_PACK_INSTANCE.SEQ,
                List.of(
                        FilterProperty.string("integrationPackOverrideName", INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME),
                        FilterProperty.string("integrationPackName", INTEGRATION_PACK_INSTANCE.PACK_NAME),
                        FilterProperty.string("integrationPackId", INTEGRATION_PACK_INSTANCE.PACK_ID)),
                List.of("integrationPackOverrideName", "integrationPackName"),
                row -> IntegrationPackInstanceView.of(repository.toInstance(row)));
    }

    /** The real service's filterable IntegrationPack properties. */
    static final QueryDefinition<IntegrationPackRecord> PACKS = new QueryDefinition<>("IntegrationPack",
            INTEGRATION_PACK, INTEGRATION_PACK.ACCOUNT_ID, INTEGRATION_PACK.SEQ,
            List.of(
                    FilterProperty.string("name", INTEGRATION_PACK.NAME),
                    FilterProperty.string("id", INTEGRATION_PACK.ID),
                    FilterProperty.enumeration("installationType", INTEGRATION_PACK.INSTALLATION_TYPE)),
            List.of("name"),
            row -> IntegrationPackView.of(IntegrationPackRepository.toPack(row)));
}
