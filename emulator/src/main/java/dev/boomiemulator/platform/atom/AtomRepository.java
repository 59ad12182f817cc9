package dev.boomiemulator.platform.atom;

import static dev.boomiemulator.db.jooq.Tables.ATOM;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT_ATOM_ATTACHMENT;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.jooq.tables.records.AtomRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Atoms in the store, always within one account. */
public final class AtomRepository {
    /** The real service's filterable Atom properties; status and type match in any case. */
    public static final QueryDefinition<AtomRecord> QUERY = new QueryDefinition<>(
            "Atom", ATOM, ATOM.ACCOUNT_ID, ATOM.SEQ,
            List.of(
                    FilterProperty.string("name", ATOM.NAME),
                    FilterProperty.string("id", ATOM.ID),
                    FilterProperty.string("hostname", ATOM.HOST_NAME),
                    FilterProperty.enumeration("status", ATOM.STATUS),
                    FilterProperty.enumeration("type", ATOM.TYPE),
                    FilterProperty.enumeration("capabilities", ATOM.CAPABILITIES),
                    FilterProperty.string("cloudId", ATOM.CLOUD_ID),
                    FilterProperty.string("attachmentCloudId", ATOM.CLOUD_ID),
                    FilterProperty.string("cloudMoleculeId", ATOM.CLOUD_MOLECULE_ID),
                    FilterProperty.string("instanceId", ATOM.INSTANCE_ID),
                    FilterProperty.bool("isCloudAttachment", ATOM.IS_CLOUD_ATTACHMENT)),
            List.of(),
            AtomRepository::toAtom);

    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<AtomRecord> atomById;

    public AtomRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.atomById = new KeyLookup<>(dsl, ATOM, ATOM.ACCOUNT_ID, ATOM.ID);
    }

    public Optional<Atom> find(String accountId, String id) {
        return atomById.fetchOptional(accountId, id)
                .map(AtomRepository::toAtom);
    }

    public void insert(String accountId, Atom atom) {
        dsl.insertInto(ATOM)
                .set(ATOM.ACCOUNT_ID, accountId)
                .set(ATOM.ID, atom.id())
                .set(ATOM.NAME, atom.name())
                .set(ATOM.STATUS, atom.status())
                .set(ATOM.TYPE, atom.type())
                .set(ATOM.HOST_NAME, atom.hostName())
                .set(ATOM.CURRENT_VERSION, atom.currentVersion())
                .set(ATOM.DATE_INSTALLED, atom.dateInstalled().atOffset(ZoneOffset.UTC))
                .set(ATOM.CREATED_BY, atom.createdBy())
                .set(ATOM.PURGE_HISTORY_DAYS, atom.purgeHistoryDays())
                .set(ATOM.PURGE_IMMEDIATE, atom.purgeImmediate())
                .set(ATOM.FORCE_RESTART_TIME, atom.forceRestartTime())
                .set(ATOM.CAPABILITIES, atom.capabilities().isEmpty() ? null : String.join(",", atom.capabilities()))
                .set(ATOM.CLOUD_ID, atom.cloudId())
                .set(ATOM.CLOUD_NAME, atom.cloudName())
                .set(ATOM.CLOUD_MOLECULE_ID, atom.cloudMoleculeId())
                .set(ATOM.INSTANCE_ID, atom.instanceId())
                .set(ATOM.IS_CLOUD_ATTACHMENT, atom.isCloudAttachment())
                .execute();
    }

    /** The fields an update may change. */
    public void update(String accountId, Atom atom) {
        dsl.update(ATOM)
                .set(ATOM.NAME, atom.name())
                .set(ATOM.PURGE_HISTORY_DAYS, atom.purgeHistoryDays())
                .set(ATOM.PURGE_IMMEDIATE, atom.purgeImmediate())
                .set(ATOM.FORCE_RESTART_TIME, atom.forceRestartTime())
                .where(ATOM.ACCOUNT_ID.eq(accountId).and(ATOM.ID.eq(atom.id())))
                .execute();
    }

    /** Deletes the Atom and its environment attachment. */
    public void delete(String accountId, String id) {
        dsl.deleteFrom(ENVIRONMENT_ATOM_ATTACHMENT)
                .where(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID.eq(id)))
                .execute();
        dsl.deleteFrom(ATOM).where(ATOM.ACCOUNT_ID.eq(accountId).and(ATOM.ID.eq(id))).execute();
    }

    private static Atom toAtom(AtomRecord row) {
        List<String> capabilities = row.getCapabilities() == null ? List.of()
                : Arrays.stream(row.getCapabilities().split(",")).filter(c -> !c.isBlank()).toList();
        return new Atom(row.getId(), row.getName(), row.getStatus(), row.getType(), row.getHostName(),
                row.getCurrentVersion(), row.getDateInstalled().toInstant(), row.getCreatedBy(),
                row.getPurgeHistoryDays(), row.getPurgeImmediate(), row.getForceRestartTime(), capabilities,
                row.getCloudId(), row.getCloudName(), row.getCloudMoleculeId(), row.getInstanceId(),
                row.getIsCloudAttachment());
    }
}
