package dev.boomiemulator.platform.download;

import static dev.boomiemulator.db.jooq.Tables.PLATFORM_DOWNLOAD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.execution.ExecutionRecord;
import dev.boomiemulator.domain.execution.ExecutionService;
import dev.boomiemulator.domain.process.AtomSummary;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.component.DeployedConnections;
import dev.boomiemulator.platform.query.FilterComparisons;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jooq.DSLContext;

/**
 * The Platform's file requests: {@code ProcessLog}, {@code AtomLog}, {@code AtomWorkerLog}, {@code AtomAS2Artifacts},
 * {@code ExecutionArtifacts} and {@code ConnectorDocument}. As the real service does, a request answers
 * {@code statusCode 202, "Beginning download."} and a URL ({@code /account/{accountId}/api/download/{Kind}-{uuid}});
 * a GET of the URL, with the same credentials, answers the file. The file is made at request time from the
 * emulator's state (an execution's record, an Atom's executions of the day), so it is ready at once; a test that
 * wants the real service's "not ready yet" can inject a 202 on the URL with a fault rule.
 */
public final class DownloadService {
    /** The objects whose create is a file request. */
    public static final List<String> KINDS = List.of("ProcessLog", "AtomLog", "AtomWorkerLog", "AtomAS2Artifacts",
            "ExecutionArtifacts", "ConnectorDocument", "ConnectionLicensingReport");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A worker's name, as the Runtime Workers panel shows it: within the download's file name of 255 characters. */
    private static final int WORKER_NAME_MAX = 200;

    private final DSLContext dsl;
    private final ExecutionService executions;
    private final RuntimeRepository runtime;
    /** A generic object by (object, account, id): the connector records a ConnectorDocument names. */
    private final GenericLookup objects;
    private final DeployedConnections connections;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    /** Finds an object the generic engine stores. */
    @FunctionalInterface
    public interface GenericLookup {
        Optional<JsonNode> find(String objectName, String accountId, String id);
    }

    public DownloadService(DSLContext dsl, ExecutionService executions, RuntimeRepository runtime,
                           GenericLookup objects, IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.dsl = dsl;
        this.executions = executions;
        this.runtime = runtime;
        this.objects = objects;
        this.ids = ids;
        this.connections = new DeployedConnections(dsl);
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Makes the file {@code body} asks for and answers where to get it.
     *
     * @param urlOf the URL of a download id, for the account, as the caller addresses the server
     */
    public ObjectNode request(String kind, String accountId, JsonNode body, BiFunction<String, String, String> urlOf) {
        if (!body.isObject()) {
            throw PlatformException.badRequest("The request body must be a " + kind + " object.");
        }
        DownloadFile file = switch (kind) {
            case "ProcessLog" -> processLog(accountId, body);
            case "AtomLog" -> atomLog(accountId, body);
            case "AtomWorkerLog" -> workerLog(body);
            case "AtomAS2Artifacts" -> as2Artifacts(accountId, body);
            case "ExecutionArtifacts" -> executionArtifacts(accountId, body);
            case "ConnectorDocument" -> connectorDocument(accountId, body);
            case "ConnectionLicensingReport" -> licensingReport(accountId, body);
            default -> throw new IllegalArgumentException("not a download: " + kind);
        };
        String id = kind + "-" + ids.uuid();
        transactions.write(accountId, () -> dsl.insertInto(PLATFORM_DOWNLOAD)
                .set(PLATFORM_DOWNLOAD.ID, id)
                .set(PLATFORM_DOWNLOAD.ACCOUNT_ID, accountId)
                .set(PLATFORM_DOWNLOAD.FILE_NAME, file.fileName())
                .set(PLATFORM_DOWNLOAD.CONTENT_TYPE, file.contentType())
                .set(PLATFORM_DOWNLOAD.CONTENT, file.content())
                .set(PLATFORM_DOWNLOAD.CREATED, clock.instant().atOffset(ZoneOffset.UTC))
                .execute());
        ObjectNode answer = NODES.objectNode();
        answer.put("@type", switch (kind) {
            case "ConnectorDocument" -> "ConnectorDocumentDownload";
            case "ConnectionLicensingReport" -> "ConnectionLicensingDownload";
            default -> "LogDownload";
        });
        answer.put("statusCode", "202");
        answer.put("message", kind.equals("ConnectionLicensingReport")
                ? "Connection licensing report generation has started." : "Beginning download.");
        answer.put("url", urlOf.apply(accountId, id));
        return answer;
    }

    /** The file behind a download URL of the account. */
    public DownloadFile fetch(String accountId, String id) {
        return dsl.selectFrom(PLATFORM_DOWNLOAD)
                .where(PLATFORM_DOWNLOAD.ACCOUNT_ID.eq(accountId).and(PLATFORM_DOWNLOAD.ID.eq(id)))
                .fetchOptional(row -> new DownloadFile(row.getFileName(), row.getContentType(), row.getContent()))
                .orElseThrow(() -> PlatformException.of(404, "No download " + id + " in account " + accountId + "."));
    }

    private DownloadFile processLog(String accountId, JsonNode body) {
        ExecutionRecord run = execution(accountId, required(body, "executionId"));
        String level = JsonFields.text(body, "logLevel").orElse("ALL");
        if (!LogFiles.isLevel(level)) {
            throw PlatformException.badRequest("logLevel must be one of SEVERE, WARNING, INFO, CONFIG, FINE, FINER, "
                    + "FINEST or ALL (in capitals), not '" + level + "'.");
        }
        return zip("ProcessLog-" + run.executionId(), Map.of(run.executionId() + ".log", LogFiles.processLog(run, level)));
    }

    private DownloadFile atomLog(String accountId, JsonNode body) {
        AtomSummary atom = atom(accountId, required(body, "atomId"));
        LocalDate day = day(body);
        List<ExecutionRecord> runs = executions.onAtom(accountId, atom.id(),
                day.atStartOfDay().toInstant(ZoneOffset.UTC), day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        return zip("AtomLog-" + atom.id() + "-" + day, Map.of(day + ".container.log",
                LogFiles.atomLog(atom.name(), atom.id(), day.toString(), runs)));
    }

    private DownloadFile workerLog(JsonNode body) {
        String worker = required(body, "workerId");
        if (worker.length() > WORKER_NAME_MAX) {
            throw PlatformException.badRequest("workerId is " + worker.length() + " characters long; a worker's name "
                    + "has at most " + WORKER_NAME_MAX + ".");
        }
        return zip("AtomWorkerLog-" + worker, Map.of(DownloadFile.safe(worker) + ".log", clock.instant() + " INFO [Worker] Worker "
                + worker + ": the emulator runs no workers, so this log has nothing else in it.\n"));
    }

    private DownloadFile as2Artifacts(String accountId, JsonNode body) {
        AtomSummary atom = atom(accountId, required(body, "atomId"));
        LocalDate day = day(body);
        return zip("AtomAS2Artifacts-" + atom.id() + "-" + day, Map.of("as2/" + day + "/README.txt",
                "No AS2 messages: the emulator exchanges none for Atom " + atom.name() + " (" + atom.id() + ").\n"));
    }

    private DownloadFile executionArtifacts(String accountId, JsonNode body) {
        ExecutionRecord run = execution(accountId, required(body, "executionId"));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(run.executionId() + "/execution.json", Json.mapper().valueToTree(run).toPrettyString() + "\n");
        files.put(run.executionId() + "/process.log", LogFiles.processLog(run, "ALL"));
        return zip("ExecutionArtifacts-" + run.executionId(), files);
    }

    /** The record's raw document: its {@code document} text where a fixture gave one, else empty. */
    private DownloadFile connectorDocument(String accountId, JsonNode body) {
        String recordId = required(body, "genericConnectorRecordId");
        JsonNode record = objects.find("GenericConnectorRecord", accountId, recordId).orElseThrow(() ->
                PlatformException.notFound("GenericConnectorRecord", recordId));
        String document = record.path("document").asText("");
        return new DownloadFile("ConnectorDocument-" + recordId + ".dat", "application/octet-stream",
                document.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The connections deployed processes use, one line per connection, process and environment, as CSV: the
     * emulator has no licensing, so every connection is in the standard class. EQUALS filters on componentId and
     * environmentId narrow it (containerId and connectorClass are accepted and change nothing).
     */
    private DownloadFile licensingReport(String accountId, JsonNode body) {
        String component = FilterComparisons.equalsArgument(body.path("QueryFilter").path("expression"), "componentId");
        String environment = FilterComparisons.equalsArgument(body.path("QueryFilter").path("expression"), "environmentId");
        StringBuilder csv = new StringBuilder("Environment ID,Environment Name,Environment Class,Process ID,"
                + "Connection ID,Connection Name,Connector Type,Connector Class\n");
        for (DeployedConnections.Use use : connections.in(accountId, environment)) {
            if (component == null || component.equals(use.componentId())) {
                csv.append(String.join(",", csvCell(use.environmentId()), csvCell(use.environmentName()),
                        csvCell(use.classification()), csvCell(use.processId()), csvCell(use.componentId()),
                        csvCell(use.name()), csvCell(use.type()), "standard")).append('\n');
            }
        }
        return new DownloadFile("ConnectionLicensing-" + accountId + ".csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csvCell(String value) {
        String text = value == null ? "" : value;
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private ExecutionRecord execution(String accountId, String executionId) {
        return executions.find(accountId, executionId)
                .orElseThrow(() -> PlatformException.notFound("Execution", executionId));
    }

    private AtomSummary atom(String accountId, String atomId) {
        return runtime.atom(accountId, atomId).orElseThrow(() -> PlatformException.notFound("Atom", atomId));
    }

    private static String required(JsonNode body, String field) {
        return JsonFields.text(body, field).filter(text -> !text.isBlank())
                .orElseThrow(() -> PlatformException.badRequest(field + " is required."));
    }

    private static LocalDate day(JsonNode body) {
        String text = required(body, "logDate");
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw PlatformException.badRequest("logDate must be a date, e.g. 2026-01-31, not '" + text + "'.");
        }
    }

    private static DownloadFile zip(String name, Map<String, String> files) {
        return new DownloadFile(name + ".zip", "application/zip", LogFiles.zip(files));
    }
}
