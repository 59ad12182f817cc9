package dev.boomiemulator.platform.attachment;

import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT_ATOM_ATTACHMENT;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.jooq.tables.records.EnvironmentAtomAttachmentRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Environment Atom attachments in the store, always within one account; an Atom has at most one. */
public final class AttachmentRepository {
    public static final QueryDefinition<EnvironmentAtomAttachmentRecord> QUERY = new QueryDefinition<>(
            "EnvironmentAtomAttachment", ENVIRONMENT_ATOM_ATTACHMENT, ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID,
            ENVIRONMENT_ATOM_ATTACHMENT.SEQ,
            List.of(
                    FilterProperty.string("atomId", ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID),
                    FilterProperty.string("environmentId", ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID)),
            List.of(),
            AttachmentRepository::toAttachment);

    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<EnvironmentAtomAttachmentRecord> environmentAtomAttachmentById;

    public AttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.environmentAtomAttachmentById = new KeyLookup<>(dsl, ENVIRONMENT_ATOM_ATTACHMENT,
                ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID, ENVIRONMENT_ATOM_ATTACHMENT.ID);
    }

    public Optional<EnvironmentAtomAttachment> find(String accountId, String id) {
        return environmentAtomAttachmentById.fetchOptional(accountId, id)
                .map(AttachmentRepository::toAttachment);
    }

    public Optional<EnvironmentAtomAttachment> forAtom(String accountId, String atomId) {
        return dsl.selectFrom(ENVIRONMENT_ATOM_ATTACHMENT)
                .where(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID.eq(accountId)
                        .and(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID.eq(atomId)))
                .fetchOptional()
                .map(AttachmentRepository::toAttachment);
    }

    public void insert(String accountId, EnvironmentAtomAttachment attachment) {
        dsl.insertInto(ENVIRONMENT_ATOM_ATTACHMENT)
                .set(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID, accountId)
                .set(ENVIRONMENT_ATOM_ATTACHMENT.ID, attachment.id())
                .set(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID, attachment.atomId())
                .set(ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID, attachment.environmentId())
                .execute();
    }

    /** @return whether it existed */
    public boolean delete(String accountId, String id) {
        return dsl.deleteFrom(ENVIRONMENT_ATOM_ATTACHMENT)
                .where(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT_ATOM_ATTACHMENT.ID.eq(id)))
                .execute() == 1;
    }

    private static EnvironmentAtomAttachment toAttachment(EnvironmentAtomAttachmentRecord row) {
        return new EnvironmentAtomAttachment(row.getAtomId(), row.getEnvironmentId(), row.getId());
    }
}
