package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.dataintegration.Caller;
import dev.boomiemulator.dataintegration.DataIntegrationException;
import dev.boomiemulator.dataintegration.PageRequest.Paged;
import dev.boomiemulator.dataintegration.PageRequest;
import dev.boomiemulator.dataintegration.connection.ConnectionService;
import dev.boomiemulator.dataintegration.environment.DiEnvironment;
import dev.boomiemulator.dataintegration.environment.EnvironmentService.Group;
import dev.boomiemulator.dataintegration.environment.EnvironmentService;
import dev.boomiemulator.db.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The rules of data flows: their definitions, lifecycle (activation, disabling) and deletion. */
public final class RiverService {
    /** How long an operation waits ({@code W}) and then works ({@code R}) before it ends. */
    static final Duration OPERATION_WAIT = Duration.ofSeconds(1);
    static final Duration OPERATION_WORK = Duration.ofSeconds(2);

    private final RiverRepository rivers;
    private final OperationRepository operations;
    private final EnvironmentService environments;
    private final ConnectionService connections;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public RiverService(RiverRepository rivers, OperationRepository operations, EnvironmentService environments,
                        ConnectionService connections, IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.rivers = rivers;
        this.operations = operations;
        this.environments = environments;
        this.connections = connections;
        this.ids = ids;
        this.clock = clock;
    }

    /** The filters and order of List Data Flows. */
    public record ListQuery(String name, String groupName, List<String> groupIds, List<String> statuses,
                            List<String> types, String schedule, String interfaceType, boolean includeDeleted,
                            String sortBy, boolean ascending) {
        /** Whether the schedule filter or the source-name order is asked for: both read each definition. */
        public boolean readsDefinitions() {
            return schedule != null || sortBy.equals("source_name");
        }
    }

    /**
     * One page of the environment's main data flows. The database filters, orders and pages them, unless the query
     * reads definitions: then it filters by the rest, and the schedule and the source name are read here.
     */
    public Paged<RiverSummary> list(Caller caller, String environmentId, ListQuery query, PageRequest page) {
        environments.require(caller, environmentId);
        settle(caller);
        if (!query.readsDefinitions()) {
            RiverRepository.RiverPage found = rivers.page(caller.accountId(), environmentId, query, page.offset(),
                    page.itemsPerPage());
            return page.of(found.rivers().stream().map(RiverSummary::of).toList(), found.total());
        }
        Stream<River> kept = rivers.ordered(caller.accountId(), environmentId, query).stream()
                .filter(river -> query.schedule() == null || scheduleMatches(river, query.schedule()));
        if (query.sortBy().equals("source_name")) {
            // a stable sort of rivers in creation order: ties stay in creation order, whichever the direction
            Comparator<River> bySource = Comparator.comparing((River river) ->
                    RiverDefinition.sourceName(river.definition()).map(s -> s.toLowerCase(Locale.ROOT)).orElse(""));
            kept = kept.sorted(query.ascending() ? bySource : bySource.reversed());
        }
        return page.of(kept.map(RiverSummary::of).toList());
    }

    public ObjectNode get(Caller caller, String environmentId, String id) {
        DiEnvironment environment = environments.require(caller, environmentId);
        River river = require(caller, environmentId, id);
        if (!river.isApiV2()) {
            throw DataIntegrationException.badRequest("Data flow " + id + " was not created through the API "
                    + "(is_api_v2 is false) and cannot be read through it; open it in the console");
        }
        return RiverDocument.of(river, caller.diAccountId(), environment.name());
    }

    /**
     * Creates a data flow, always disabled. It takes the cross_id the query parameter or the body gives
     * (deployment of the same data flow to another environment), or a new one.
     */
    public ObjectNode create(Caller caller, String environmentId, ObjectNode body, String crossIdParameter) {
        return transactions.write(caller.accountId(), () -> {
            DiEnvironment environment = environments.require(caller, environmentId);
            settle(caller);
            RiverDefinition.Input input = RiverDefinition.fromRequest(body);
            String id = Optional.ofNullable(crossIdParameter)
                    .or(() -> JsonFields.text(body, "cross_id").filter(given -> given.matches("[0-9a-fA-F]{24}")))
                    .map(given -> given.toLowerCase(Locale.ROOT))
                    .orElseGet(ids::hex24);
            Optional<River> existing = rivers.find(caller.accountId(), environmentId, id);
            if (existing.isPresent() && !existing.get().isDeleted()) {
                throw DataIntegrationException.badRequest("A data flow with cross_id " + id
                        + " already exists in environment " + environmentId + " (duplicate)");
            }
            checkConnections(caller, environmentId, input.definition());
            Group group = environments.group(caller, environment, input.groupId(), input.groupName());
            existing.ifPresent(deleted -> rivers.purge(caller.accountId(), environmentId, id));
            Instant now = clock.instant();
            River river = new River(0, id, environmentId, input.name(), input.type(), input.kind(), null, group.id(),
                    group.name(), River.DISABLED, true, false, input.definition(), null, now, caller.user(), now,
                    caller.user(), ids.hex24(), null);
            rivers.insert(caller.accountId(), river);
            return RiverDocument.of(require(caller, environmentId, id), caller.diAccountId(), environment.name());
        });
    }

    /** Replaces the definition of a disabled data flow; read-only fields in the body are ignored. */
    public ObjectNode update(Caller caller, String environmentId, String id, ObjectNode body) {
        return transactions.write(caller.accountId(), () -> {
            DiEnvironment environment = environments.require(caller, environmentId);
            River current = require(caller, environmentId, id);
            if (current.isActive()) {
                throw activeRefusal(id, "edited");
            }
            RiverDefinition.Input input = RiverDefinition.fromRequest(body);
            checkConnections(caller, environmentId, input.definition());
            Group group = input.groupId() == null && input.groupName() == null
                    ? new Group(current.groupId(), current.groupName())
                    : environments.group(caller, environment, input.groupId(), input.groupName());
            String kind = body.hasNonNull("kind") ? input.kind() : current.kind();
            River updated = new River(current.seq(), id, environmentId, input.name(), input.type(), kind,
                    current.mainRiverId(), group.id(), group.name(), current.status(), current.isApiV2(), false,
                    input.definition(), current.simulation(), current.createdAt(), current.createdBy(), clock.instant(),
                    caller.user(), ids.hex24(), null);
            rivers.update(caller.accountId(), updated);
            return RiverDocument.of(require(caller, environmentId, id), caller.diAccountId(), environment.name());
        });
    }

    /** Marks a disabled data flow deleted. */
    public void delete(Caller caller, String environmentId, String id) {
        transactions.write(caller.accountId(), () -> {
            River river = require(caller, environmentId, id);
            if (river.isActive()) {
                throw activeRefusal(id, "deleted");
            }
            rivers.markDeleted(caller.accountId(), environmentId, id, clock.instant());
        });
    }

    /** Starts activating: the operation ends D (the data flow becomes active) or E with the reason. */
    public OperationView activate(Caller caller, String environmentId, String id) {
        return transactions.write(caller.accountId(), () -> {
            River river = require(caller, environmentId, id);
            return start(caller, river, Operation.ACTIVATE, activationProblem(caller, river).orElse(null));
        });
    }

    /** Starts disabling: the operation ends D and the data flow becomes disabled. */
    public OperationView disable(Caller caller, String environmentId, String id) {
        return transactions.write(caller.accountId(), () -> {
            River river = require(caller, environmentId, id);
            return start(caller, river, Operation.DISABLE, null);
        });
    }

    public OperationView operation(Caller caller, String environmentId, String id) {
        environments.require(caller, environmentId);
        settle(caller);
        Operation operation = operations.find(caller.accountId(), environmentId, id)
                .orElseThrow(() -> DataIntegrationException.notFound("Operation " + id + " not found"));
        return OperationView.of(operation, clock.instant());
    }

    /** The (not deleted) data flow, with every ended operation carried over first; else 404. */
    public River require(Caller caller, String environmentId, String id) {
        environments.require(caller, environmentId);
        settle(caller);
        return rivers.find(caller.accountId(), environmentId, id)
                .filter(river -> !river.isDeleted())
                .orElseThrow(() -> DataIntegrationException.notFound("Data flow " + id + " not found"));
    }

    /** The active sub-rivers of a main data flow. */
    List<River> activeSubRivers(Caller caller, River main) {
        return rivers.subRivers(caller.accountId(), main.environmentId(), main.id()).stream()
                .filter(River::isActive)
                .toList();
    }

    private void settle(Caller caller) {
        operations.settle(caller.accountId(), clock.instant());
    }

    private OperationView start(Caller caller, River river, String type, String problem) {
        Instant now = clock.instant();
        Instant runningAt = now.plus(OPERATION_WAIT);
        Operation operation = new Operation(ids.hex24(), river.environmentId(), river.id(), type, ids.hex32(), now,
                runningAt, runningAt.plus(OPERATION_WORK), problem == null ? Operation.DONE : Operation.ERROR, problem);
        operations.insert(caller.accountId(), operation);
        return OperationView.of(operation, now);
    }

    /**
     * Why a data flow cannot be activated: a source_to_target data flow needs a source name and a target
     * with a name and a connection, and the connections it names must exist.
     */
    private Optional<String> activationProblem(Caller caller, River river) {
        if (!River.SOURCE_TO_TARGET.equals(river.type())) {
            return Optional.empty();
        }
        JsonNode source = RiverDefinition.source(river.definition());
        JsonNode target = RiverDefinition.target(river.definition());
        if (JsonFields.text(source, "name").isEmpty()) {
            return Optional.of("[RVR-ACT-001] Data flow " + river.id() + " cannot be activated: it has no source "
                    + "(properties.source.name is missing)");
        }
        if (!target.isObject() || target.isEmpty()) {
            return Optional.of("[RVR-ACT-002] Data flow " + river.id() + " cannot be activated: it has no target "
                    + "settings (properties.target with name and connection_id)");
        }
        if (JsonFields.text(target, "name").isEmpty()) {
            return Optional.of("[RVR-ACT-002] Data flow " + river.id() + " cannot be activated: "
                    + "properties.target.name is missing");
        }
        if (JsonFields.text(target, "connection_id").isEmpty()) {
            return Optional.of("[RVR-ACT-002] Data flow " + river.id() + " cannot be activated: "
                    + "properties.target.connection_id is missing");
        }
        for (String side : List.of("source", "target")) {
            Optional<String> connectionId = JsonFields.text(side.equals("source") ? source : target, "connection_id");
            if (connectionId.isPresent()
                    && connections.nameOf(caller, river.environmentId(), connectionId.get()).isEmpty()) {
                return Optional.of("[RVR-ACT-003] Data flow " + river.id() + " cannot be activated: its " + side
                        + " connection " + connectionId.get() + " no longer exists");
            }
        }
        return Optional.empty();
    }

    /** Connections the definition names must exist in the environment; their names are filled in when left out. */
    private void checkConnections(Caller caller, String environmentId, ObjectNode definition) {
        ObjectNode properties = RiverDefinition.properties(definition);
        for (String side : List.of("source", "target")) {
            JsonNode part = properties.get(side);
            if (!(part instanceof ObjectNode settings)) {
                continue;
            }
            Optional<String> connectionId = JsonFields.text(settings, "connection_id");
            if (connectionId.isEmpty()) {
                continue;
            }
            String name = connections.nameOf(caller, environmentId, connectionId.get())
                    .orElseThrow(() -> DataIntegrationException.badRequest("Connection " + connectionId.get()
                            + " (properties." + side + ".connection_id) not found in environment " + environmentId));
            if (JsonFields.text(settings, "connection_name").isEmpty()) {
                settings.put("connection_name", name);
            }
        }
    }

    private static DataIntegrationException activeRefusal(String id, String what) {
        return DataIntegrationException.badRequest("Data flow " + id + " is active and cannot be " + what
                + ": disable the data flow first");
    }

    private static boolean scheduleMatches(River river, String schedule) {
        return switch (schedule.toLowerCase(Locale.ROOT)) {
            case "enabled" -> RiverDefinition.hasEnabledScheduler(river.definition());
            case "disabled" -> !RiverDefinition.hasEnabledScheduler(river.definition());
            default -> false;
        };
    }
}
