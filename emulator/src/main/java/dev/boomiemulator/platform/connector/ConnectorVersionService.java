package dev.boomiemulator.platform.connector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.Sha256;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.db.jooq.tables.records.ConnectorVersionRecord;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of connector versions: a version is uploaded to an existing group as a connector archive
 * (a .zip), checked against the sha256 the caller gives; an account holds at most 1500 versions; a
 * version in use by a classification or under review cannot be deleted, and a deleted one stays
 * queryable as {@code deleted: true}.
 */
public final class ConnectorVersionService {
    /** The limits openapi/platform-v1.yaml declares for the multipart fields. */
    private static final int GROUP_TYPE_MAX = 255;
    private static final int CHANGE_LOG_MAX = 4000;
    private static final int SHA256_MAX = 255;

    public static final int MAX_VERSIONS_PER_ACCOUNT = 1500;
    private static final Set<String> UNDER_REVIEW = Set.of("PENDING", "APPROVED", "REJECTED");

    private final ConnectorRepository repository;
    private final QueryEngine queries;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public ConnectorVersionService(ConnectorRepository repository, QueryEngine queries, EmulatorClock clock,
                                   Transactions transactions) {
        this.transactions = transactions;
        this.repository = repository;
        this.queries = queries;
        this.clock = clock;
    }

    /** What a multipart create carried; {@code archive} is null when the part was missing. */
    public record Upload(byte[] archive, String groupType, String changeLog, String sha256Checksum) {
    }

    public ConnectorVersion create(String accountId, String user, Upload upload) {
        if (upload.archive() == null) {
            throw PlatformException.badRequest("connectorVersionArchive is required: the connector archive (.zip) as a "
                    + "multipart/form-data file part.");
        }
        String groupType = Optional.ofNullable(upload.groupType()).map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> PlatformException.badRequest("groupType is required."));
        // request validation does not read multipart parts, so the document's limits are checked here
        checkLength("groupType", groupType, GROUP_TYPE_MAX);
        checkLength("changeLog", upload.changeLog(), CHANGE_LOG_MAX);
        checkLength("sha256Checksum", upload.sha256Checksum(), SHA256_MAX);
        if (upload.archive().length == 0) {
            throw PlatformException.badRequest("connectorVersionArchive is empty.");
        }
        if (!isZip(upload.archive())) {
            throw PlatformException.badRequest("connectorVersionArchive is not a connector archive: expected a .zip file.");
        }
        String actual = Sha256.hex(upload.archive());
        Optional.ofNullable(upload.sha256Checksum()).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(given -> {
            if (!given.toLowerCase(Locale.ROOT).equals(actual)) {
                throw PlatformException.badRequest("sha256Checksum " + given + " does not match the uploaded archive ("
                        + actual + ").");
            }
        });
        // the next version number and the account's cap are read-then-write: alone within the account
        return transactions.write(accountId, () -> {
            if (!repository.groupExists(accountId, groupType)) {
                throw PlatformException.badRequest("Connector group '" + groupType + "' does not exist in account "
                        + accountId + ".");
            }
            if (repository.liveVersions(accountId) >= MAX_VERSIONS_PER_ACCOUNT) {
                throw PlatformException.badRequest("Account " + accountId + " already has the maximum of "
                        + MAX_VERSIONS_PER_ACCOUNT + " connector versions; delete some first.");
            }
            String versionId = repository.nextVersionId(accountId, groupType);
            String changeLog = Optional.ofNullable(upload.changeLog()).filter(s -> !s.isEmpty()).orElse(null);
            repository.insert(accountId, new ConnectorRepository.StoredVersion(groupType, versionId, versionId, changeLog,
                    user, clock.instant(), upload.archive().length, actual, false, null, null, null, null, null, null,
                    false));
            return ConnectorRepository.toVersion(repository.find(accountId, groupType, versionId).orElseThrow());
        });
    }

    public void delete(String accountId, String user, String groupType, String versionId) {
        transactions.write(accountId, () -> {
            ConnectorVersionRecord version = repository.find(accountId, groupType, versionId).orElseThrow(() ->
                    PlatformException.of(404, "Connector version " + versionId + " of group " + groupType + " was not found."));
            if (version.getDeleted()) {
                throw PlatformException.badRequest("Connector version " + versionId + " of group " + groupType
                        + " is already deleted.");
            }
            if (version.getUsedBy() != null && !version.getUsedBy().isBlank()) {
                throw PlatformException.badRequest("Connector version " + versionId + " of group " + groupType
                        + " is in use by classification(s) " + version.getUsedBy() + " and cannot be deleted.");
            }
            if (version.getReviewStatus() != null && UNDER_REVIEW.contains(version.getReviewStatus())) {
                throw PlatformException.badRequest("Connector version " + versionId + " of group " + groupType
                        + " has review status " + version.getReviewStatus() + " and cannot be deleted.");
            }
            repository.markDeleted(accountId, groupType, versionId, user, clock.instant());
        });
    }

    /** The seed's delete form: a JSON body naming groupType and versionId. */
    public void delete(String accountId, String user, JsonNode body) {
        String groupType = text(body, "groupType");
        String versionId = text(body, "versionId");
        delete(accountId, user, groupType, versionId);
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(ConnectorRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(ConnectorRepository.QUERY, accountId, token);
    }

    private static String text(JsonNode body, String field) {
        return dev.boomiemulator.common.JsonFields.text(body, field)
                .orElseThrow(() -> PlatformException.badRequest(field + " is required to delete a connector version."));
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && (bytes[2] == 3 || bytes[2] == 5 || bytes[2] == 7) && (bytes[3] == 4 || bytes[3] == 6 || bytes[3] == 8);
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw PlatformException.badRequest("Invalid request: body " + field + ": is " + value.length()
                    + " characters long; at most " + max + " are allowed.");
        }
    }
}
