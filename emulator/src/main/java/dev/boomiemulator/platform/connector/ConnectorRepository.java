package dev.boomiemulator.platform.connector;

import static dev.boomiemulator.db.jooq.Tables.CONNECTOR_GROUP;
import static dev.boomiemulator.db.jooq.Tables.CONNECTOR_VERSION;

import dev.boomiemulator.db.jooq.tables.records.ConnectorVersionRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;

/** Connector groups and versions in the store, always within one account. */
public final class ConnectorRepository {
    /** 17 columns each: well under PostgreSQL's 32,767 parameters to a statement. */
    private static final int ROWS_PER_INSERT = 500;

    /** GROUP_TYPE is the seed's (and the real service's) property; the camelCase names are emulator additions. */
    public static final QueryDefinition<ConnectorVersionRecord> QUERY = new QueryDefinition<>(
            "ConnectorVersion", CONNECTOR_VERSION, CONNECTOR_VERSION.ACCOUNT_ID, CONNECTOR_VERSION.SEQ,
            List.of(
                    FilterProperty.string("GROUP_TYPE", CONNECTOR_VERSION.GROUP_TYPE),
                    FilterProperty.string("groupType", CONNECTOR_VERSION.GROUP_TYPE),
                    FilterProperty.string("versionId", CONNECTOR_VERSION.VERSION_ID),
                    FilterProperty.string("displayVersion", CONNECTOR_VERSION.DISPLAY_VERSION),
                    FilterProperty.bool("deleted", CONNECTOR_VERSION.DELETED),
                    FilterProperty.enumeration("reviewStatus", CONNECTOR_VERSION.REVIEW_STATUS),
                    FilterProperty.date("uploadedDate", CONNECTOR_VERSION.UPLOADED_DATE)),
            List.of("uploadedDate"),
            ConnectorRepository::toVersion);

    private final DSLContext dsl;

    public ConnectorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A version as it is stored. */
    public record StoredVersion(String groupType, String versionId, String displayVersion, String changeLog,
                                String uploadedBy, Instant uploadedDate, long archiveSize, String archiveSha256,
                                boolean deleted, String deletedBy, Instant deletedDate, String reviewStatus,
                                String reviewSubmittedBy, Instant reviewSubmittedDate, String usedBy,
                                boolean releaseVersion) {
    }

    public boolean groupExists(String accountId, String groupType) {
        return dsl.fetchExists(CONNECTOR_GROUP, CONNECTOR_GROUP.ACCOUNT_ID.eq(accountId)
                .and(CONNECTOR_GROUP.GROUP_TYPE.eq(groupType)));
    }

    public void insertGroup(String accountId, String groupType, String name, Instant created) {
        dsl.insertInto(CONNECTOR_GROUP)
                .set(CONNECTOR_GROUP.ACCOUNT_ID, accountId)
                .set(CONNECTOR_GROUP.GROUP_TYPE, groupType)
                .set(CONNECTOR_GROUP.NAME, name)
                .set(CONNECTOR_GROUP.CREATED_DATE, created.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Versions not deleted, in the whole account (the 1500 cap counts these). */
    public int liveVersions(String accountId) {
        return dsl.fetchCount(CONNECTOR_VERSION, CONNECTOR_VERSION.ACCOUNT_ID.eq(accountId)
                .and(CONNECTOR_VERSION.DELETED.isFalse()));
    }

    /** The next system version number of a group: one more than the highest numeric one so far. */
    public String nextVersionId(String accountId, String groupType) {
        long highest = dsl.select(CONNECTOR_VERSION.VERSION_ID).from(CONNECTOR_VERSION)
                .where(CONNECTOR_VERSION.ACCOUNT_ID.eq(accountId).and(CONNECTOR_VERSION.GROUP_TYPE.eq(groupType)))
                .fetch(CONNECTOR_VERSION.VERSION_ID).stream()
                .filter(id -> id.matches("\\d{1,18}"))
                .mapToLong(Long::parseLong)
                .max().orElse(0);
        return Long.toString(highest + 1);
    }

    public Optional<ConnectorVersionRecord> find(String accountId, String groupType, String versionId) {
        return dsl.selectFrom(CONNECTOR_VERSION)
                .where(CONNECTOR_VERSION.ACCOUNT_ID.eq(accountId)
                        .and(CONNECTOR_VERSION.GROUP_TYPE.eq(groupType))
                        .and(CONNECTOR_VERSION.VERSION_ID.eq(versionId)))
                .fetchOptional();
    }

    public void insert(String accountId, StoredVersion version) {
        insertAll(accountId, List.of(version));
    }

    /**
     * Inserts versions a few hundred to a statement: a fixture of 1,500 versions was 1,500 round trips, which a
     * busy PostgreSQL turned into a minute.
     */
    public void insertAll(String accountId, List<StoredVersion> versions) {
        for (int from = 0; from < versions.size(); from += ROWS_PER_INSERT) {
            InsertSetMoreStep<ConnectorVersionRecord> insert = null;
            for (StoredVersion version : versions.subList(from, Math.min(from + ROWS_PER_INSERT, versions.size()))) {
                ConnectorVersionRecord row = row(accountId, version);
                insert = insert == null ? dsl.insertInto(CONNECTOR_VERSION).set(row) : insert.newRecord().set(row);
            }
            insert.execute();
        }
    }

    private static ConnectorVersionRecord row(String accountId, StoredVersion version) {
        ConnectorVersionRecord row = new ConnectorVersionRecord();
        row.setAccountId(accountId);
        row.setGroupType(version.groupType());
        row.setVersionId(version.versionId());
        row.setDisplayVersion(version.displayVersion());
        row.setChangeLog(version.changeLog());
        row.setUploadedBy(version.uploadedBy());
        row.setUploadedDate(utc(version.uploadedDate()));
        row.setArchiveSize(version.archiveSize());
        row.setArchiveSha256(version.archiveSha256());
        row.setDeleted(version.deleted());
        row.setDeletedBy(version.deletedBy());
        row.setDeletedDate(utc(version.deletedDate()));
        row.setReviewStatus(version.reviewStatus());
        row.setReviewSubmittedBy(version.reviewSubmittedBy());
        row.setReviewSubmittedDate(utc(version.reviewSubmittedDate()));
        row.setUsedBy(version.usedBy());
        row.setReleaseVersion(version.releaseVersion());
        return row;
    }

    public void markDeleted(String accountId, String groupType, String versionId, String by, Instant at) {
        dsl.update(CONNECTOR_VERSION)
                .set(CONNECTOR_VERSION.DELETED, true)
                .set(CONNECTOR_VERSION.DELETED_BY, by)
                .set(CONNECTOR_VERSION.DELETED_DATE, utc(at))
                .where(CONNECTOR_VERSION.ACCOUNT_ID.eq(accountId)
                        .and(CONNECTOR_VERSION.GROUP_TYPE.eq(groupType))
                        .and(CONNECTOR_VERSION.VERSION_ID.eq(versionId)))
                .execute();
    }

    static ConnectorVersion toVersion(ConnectorVersionRecord row) {
        ConnectorVersion.User submitter = row.getReviewSubmittedBy() == null ? null : new ConnectorVersion.User(row.getReviewSubmittedBy());
        ConnectorVersion.PendingReview review = "PENDING".equals(row.getReviewStatus())
                ? new ConnectorVersion.PendingReview(submitter, instant(row.getReviewSubmittedDate())) : null;
        return new ConnectorVersion(row.getGroupType(), row.getVersionId(), row.getDisplayVersion(), row.getChangeLog(),
                new ConnectorVersion.User(row.getUploadedBy()), instant(row.getUploadedDate()), row.getDeleted(),
                row.getDeletedBy() == null ? null : new ConnectorVersion.User(row.getDeletedBy()),
                instant(row.getDeletedDate()), row.getReviewStatus(), review, row.getReleaseVersion(),
                Map.of("strictClassLoading", "false"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
