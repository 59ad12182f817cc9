package dev.boomiemulator.platform;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.accounts.AccountAccess;
import dev.boomiemulator.accounts.BasicCredentials;
import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.PathAlias;
import dev.boomiemulator.common.AsSent;
import dev.boomiemulator.common.Violation;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.execution.ExecutionService;
import dev.boomiemulator.domain.integrationpack.IntegrationPackRepository;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.schedule.ScheduleService;
import dev.boomiemulator.platform.account.AccountObjects;
import dev.boomiemulator.platform.atom.AtomHandler;
import dev.boomiemulator.platform.audit.AuditTrail;
import dev.boomiemulator.platform.atom.AtomRepository;
import dev.boomiemulator.platform.atom.AtomService;
import dev.boomiemulator.platform.attachment.AttachmentHandler;
import dev.boomiemulator.platform.attachment.AttachmentRepository;
import dev.boomiemulator.platform.attachment.AttachmentService;
import dev.boomiemulator.platform.componentmetadata.ComponentMetadataHandler;
import dev.boomiemulator.platform.componentmetadata.ComponentMetadataRepository;
import dev.boomiemulator.platform.componentmetadata.ComponentMetadataService;
import dev.boomiemulator.platform.connector.ConnectorRepository;
import dev.boomiemulator.platform.connector.ConnectorVersionHandler;
import dev.boomiemulator.platform.connector.ConnectorVersionService;
import dev.boomiemulator.platform.deployment.DeploymentHandler;
import dev.boomiemulator.platform.deployment.DeploymentRepository;
import dev.boomiemulator.platform.deployment.DeploymentService;
import dev.boomiemulator.platform.deployment.LegacyDeployments;
import dev.boomiemulator.platform.branch.BranchHandler;
import dev.boomiemulator.platform.branch.BranchService;
import dev.boomiemulator.platform.component.ComponentHandler;
import dev.boomiemulator.platform.component.ComponentReferenceHandler;
import dev.boomiemulator.platform.component.ComponentReferenceService;
import dev.boomiemulator.platform.component.ComponentService;
import dev.boomiemulator.platform.download.DownloadHandler;
import dev.boomiemulator.platform.download.DownloadService;
import dev.boomiemulator.platform.environment.EnvironmentHandler;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.environment.EnvironmentService;
import dev.boomiemulator.platform.execution.ExecutionFootprints;
import dev.boomiemulator.platform.execution.ExecutionHandler;
import dev.boomiemulator.platform.execution.ExecutionRecordService;
import dev.boomiemulator.platform.installertoken.InstallerTokens;
import dev.boomiemulator.platform.atomsettings.AtomHosts;
import dev.boomiemulator.platform.atomsettings.AtomSettingsHandler;
import dev.boomiemulator.platform.atomsettings.AtomStartup;
import dev.boomiemulator.platform.atomsettings.PersistedProperties;
import dev.boomiemulator.platform.atomsettings.SharedServers;
import dev.boomiemulator.platform.processattachment.ProcessAttachmentHandler;
import dev.boomiemulator.platform.processattachment.ProcessAttachments;
import dev.boomiemulator.platform.role.RoleAssignments;
import dev.boomiemulator.platform.role.RoleHandler;
import dev.boomiemulator.platform.role.RoleService;
import dev.boomiemulator.platform.integrationpack.IntegrationPackInstanceHandler;
import dev.boomiemulator.platform.listener.ListenerHandler;
import dev.boomiemulator.platform.listener.ListenerService;
import dev.boomiemulator.platform.integrationpack.IntegrationPackInstanceService;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponentHandler;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponentRepository;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponentService;
import dev.boomiemulator.platform.process.ProcessHandler;
import dev.boomiemulator.platform.process.ProcessRepository;
import dev.boomiemulator.platform.process.ProcessService;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.queue.ClearQueue;
import dev.boomiemulator.platform.ratelimit.PlatformRateLimit;
import dev.boomiemulator.platform.query.QueryToken;
import dev.boomiemulator.db.EmulatorSettings;
import dev.boomiemulator.db.RowCounts;
import java.util.Base64;
import dev.boomiemulator.platform.schedule.ProcessSchedulesHandler;
import dev.boomiemulator.platform.schedule.ProcessSchedulesService;
import dev.boomiemulator.platform.extensions.EnvironmentExtensionsHandler;
import dev.boomiemulator.platform.extensions.EnvironmentExtensionsService;
import dev.boomiemulator.platform.folder.FolderHandler;
import dev.boomiemulator.platform.folder.FolderService;
import dev.boomiemulator.platform.generic.CaselessKeys;
import dev.boomiemulator.platform.generic.DocumentOperations;
import dev.boomiemulator.platform.generic.GenericFixtures;
import dev.boomiemulator.platform.generic.GenericObjectService;
import dev.boomiemulator.platform.generic.GenericObjects;
import dev.boomiemulator.platform.xml.PlatformXml;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * The Platform REST API v1 at the real service's paths, so a client changes only the host: the Platform
 * API at {@code /api/rest/v1/{accountId}/...} and the Partner API at
 * {@code /partner/api/rest/v1/{accountId}/...}, one route table serving both (the Partner path is routed as the
 * Platform's: {@link PathAlias#sharesRoutes}). The route table mirrors
 * openapi/platform-v1.yaml.
 */
public final class PlatformModule implements ApiModule {
    public static final String PREFIX = "/api/rest/v1";
    /** The Partner API: the same objects, plus {@code overrideAccount} to act on a managed sub-account. */
    public static final String PARTNER_PREFIX = "/partner/api/rest/v1";
    public static final String OVERRIDE_ACCOUNT = "overrideAccount";
    /** The Partner path, and the download URLs the file requests hand out, where the real service keeps them. */
    private static final List<PathAlias> ALIASES = List.of(new PathAlias(PARTNER_PREFIX, Set.of(OVERRIDE_ACCOUNT), true),
            new PathAlias(DownloadHandler.DOWNLOAD_PREFIX, Set.of(), false));

    private final AccountAccess access;
    private final PlatformRateLimit rateLimit;
    private final PlatformFixtures fixtures;
    private final EnvironmentHandler environments;
    private final ProcessHandler processes;
    private final AtomHandler atoms;
    private final AttachmentHandler attachments;
    private final PackagedComponentHandler packages;
    private final DeploymentHandler deployments;
    private final LegacyDeployments legacyDeployments;
    private final ComponentMetadataHandler metadata;
    private final ExecutionHandler executions;
    private final ProcessSchedulesHandler schedules;
    private final IntegrationPackInstanceHandler integrationPacks;
    private final ConnectorVersionHandler connectorVersions;
    private final DownloadHandler downloads;
    private final ComponentHandler components;
    private final ComponentReferenceHandler componentReferences;
    private final ListenerHandler listeners;
    private final AccountObjects accounts;
    private final InstallerTokens installerTokens;
    private final AuditTrail audit;
    private final FolderHandler folders;
    private final BranchService branches;
    private final BranchHandler branchWrites;
    private final ExecutionFootprints footprints;
    private final ClearQueue clearQueue;
    private final EnvironmentExtensionsHandler extensions;
    private final GenericObjectService genericObjects;
    private final RoleAssignments roleAssignments;
    private final RoleHandler roles;
    private final ProcessAttachments processAttachments;
    private final ProcessAttachmentHandler processAttachmentWrites;
    private final AtomSettingsHandler atomSettings;
    /** Built with the routes: it reads Boomi's document, which loads in the background meanwhile. */
    private GenericObjects generic;

    /** The objects of the official document served with rules of their own; the generic engine serves the rest. */
    public static final Set<String> OWN_RULES = Stream.concat(Stream.of("Environment", "Process", "Atom",
            "EnvironmentAtomAttachment", "PackagedComponent", "DeployedPackage", "ComponentMetadata", "ExecutionRequest",
            "ExecutionRecord", "ProcessSchedules", "ProcessScheduleStatus", "IntegrationPackInstance",
            "IntegrationPack", "Component", "cancelExecution", "ListenerStatus", "Change listener status",
            "getAssignableRoles", "Account", "InstallerToken", "ComponentReference", "PackagedComponentManifest", "Folder", "ClearQueue",
            "EnvironmentExtensions", "Deployment", "SharedServerInformation", "SharedWebServer",
            "AtomStartupProperties"),
            DownloadService.KINDS.stream()).collect(Collectors.toUnmodifiableSet());

    /**
     * Objects with rules of their own that keep what they are given in the generic engine's storage, so a fixture may
     * seed them under {@code platform.objects} as it seeds the generic ones: an Atom's settings as a real Atom has them,
     * an account's folder tree (taken as given, as every fixture is).
     */
    private static final Set<String> SEEDED_BY_OBJECTS = Set.of("SharedServerInformation", "SharedWebServer",
            "AtomStartupProperties", "Folder");

    private static Set<String> notSeededByObjects() {
        return OWN_RULES.stream().filter(name -> !SEEDED_BY_OBJECTS.contains(name)).collect(Collectors.toUnmodifiableSet());
    }

    public PlatformModule(DSLContext dsl, RowCounts rowCounts, AccountAccess access, PlatformRateLimit rateLimit,
                          IdGenerator ids, EmulatorClock clock) {
        this.access = access;
        this.rateLimit = rateLimit;
        PlatformXml.prepare();
        this.fixtures = new PlatformFixtures(ids, clock,
                new GenericFixtures(() -> generic().catalog(), notSeededByObjects(), ids, clock));
        EmulatorSettings settings = new EmulatorSettings(dsl);
        // the store's key: emulators sharing a database page each other's tokens
        QueryEngine queries = new QueryEngine(dsl, new QueryToken(() -> Base64.getDecoder().decode(settings.getOrCreate(
                "query-token-key", () -> Base64.getEncoder().encodeToString(QueryToken.randomSecret())))), rowCounts);
        Transactions transactions = new Transactions(dsl, PlatformException::unauthorized);
        RuntimeRepository runtime = new RuntimeRepository(dsl);
        ScheduleService scheduleService = new ScheduleService(dsl);
        EnvironmentRepository environmentRepository = new EnvironmentRepository(dsl);
        PackagedComponentService packageService = new PackagedComponentService(
                new PackagedComponentRepository(dsl), runtime, queries, ids, clock, transactions);
        this.environments = new EnvironmentHandler(
                new EnvironmentService(environmentRepository, runtime, queries, ids, clock, transactions));
        this.processes = new ProcessHandler(new ProcessService(new ProcessRepository(dsl), runtime, queries, ids, clock,
                transactions));
        this.atoms = new AtomHandler(new AtomService(new AtomRepository(dsl), scheduleService, queries, transactions));
        this.attachments = new AttachmentHandler(new AttachmentService(
                new AttachmentRepository(dsl), environmentRepository, runtime, scheduleService, queries, transactions));
        this.packages = new PackagedComponentHandler(packageService);
        DeploymentService deploymentService = new DeploymentService(new DeploymentRepository(dsl), packageService,
                environmentRepository, runtime, scheduleService, queries, ids, clock, transactions);
        this.deployments = new DeploymentHandler(deploymentService);
        this.legacyDeployments = new LegacyDeployments(deploymentService, queries);
        ComponentMetadataService metadataService = new ComponentMetadataService(new ComponentMetadataRepository(dsl),
                queries);
        this.metadata = new ComponentMetadataHandler(metadataService);
        ExecutionService executionService = new ExecutionService(dsl, ids, clock);
        this.footprints = new ExecutionFootprints(executionService, runtime, environmentRepository, this::generic,
                transactions);
        this.executions = new ExecutionHandler(new ExecutionRecordService(executionService, queries));
        this.downloads = new DownloadHandler(new DownloadService(dsl, executionService, runtime,
                (object, accountId, id) -> generic().find(object, accountId, id), ids, clock, transactions));
        this.schedules = new ProcessSchedulesHandler(new ProcessSchedulesService(scheduleService, queries, transactions));
        this.integrationPacks = integrationPackHandler(dsl, queries, ids, clock, transactions);
        this.connectorVersions = new ConnectorVersionHandler(
                new ConnectorVersionService(new ConnectorRepository(dsl), queries, clock, transactions));
        this.roleAssignments = new RoleAssignments(this::generic, environmentRepository::exists, transactions);
        PlatformReferences references = new PlatformReferences(dsl, environmentRepository, runtime,
                () -> generic()::exists, roleAssignments::knowsUser);
        this.genericObjects = new GenericObjectService(dsl, queries, ids, clock, transactions, references);
        this.accounts = new AccountObjects(dsl, access, queries);
        this.extensions = new EnvironmentExtensionsHandler(new EnvironmentExtensionsService(dsl, environmentRepository,
                this::generic, transactions));
        this.clearQueue = new ClearQueue(this::generic, runtime, transactions);
        this.branches = new BranchService(this::generic, (accountId, id) ->
                packageService.find(accountId, id).isPresent() || deploymentService.find(accountId, id).isPresent(),
                clock, transactions);
        this.branchWrites = new BranchHandler(branches);
        this.folders = new FolderHandler(new FolderService(this::generic, dsl, runtime, transactions), this::generic);
        this.audit = new AuditTrail(this::generic, ids, clock, transactions);
        this.installerTokens = new InstallerTokens(this::generic, ids, clock);
        this.roles = new RoleHandler(new RoleService(this::generic, transactions), roleAssignments);
        this.processAttachments = new ProcessAttachments(this::generic, runtime, environmentRepository::exists,
                transactions);
        this.processAttachmentWrites = new ProcessAttachmentHandler(processAttachments);
        AtomHosts atomHosts = new AtomHosts(dsl);
        SharedServers sharedServers = new SharedServers(this::generic, atomHosts, (accountId, componentId) ->
                references.problem(accountId, "componentId", componentId).isEmpty(), ids, transactions);
        this.atomSettings = new AtomSettingsHandler(sharedServers, new AtomStartup(this::generic, atomHosts,
                sharedServers), new PersistedProperties(this::generic, atomHosts,
                (accountId, processId) -> runtime.process(accountId, processId).isPresent(), transactions));
        this.listeners = new ListenerHandler(new ListenerService(dsl, runtime, ids, clock, transactions));
        this.componentReferences = new ComponentReferenceHandler(new ComponentReferenceService(dsl, queries));
        this.components = new ComponentHandler(new ComponentService(dsl, runtime,
                (accountId, folderId) -> generic().find("Folder", accountId, folderId),
                (accountId, componentId, request) -> generic().save("ComponentDiffRequest", accountId, componentId,
                        request),
                ids, clock, transactions), metadataService::get);
    }

    /** Operations with rules of their own on objects the generic engine otherwise serves (their reads). */
    private static final Set<String> OWN_OPERATIONS = Set.of("CreateComponentDiffRequest", "CreateBranch",
            "UpdateBranch", "DeleteBranch", "CreateRole", "UpdateRole", "DeleteRole", "CreateAccountUserRole",
            "CreateEnvironmentRole", "CreateProcessEnvironmentAttachment", "DeleteProcessEnvironmentAttachment",
            "CreateProcessAtomAttachment", "UpdatePersistedProcessProperties", "AsyncGetPersistedProcessProperties");

    /**
     * How each operation of the official document is served: {@code "own rules"} for the objects above, else
     * {@code "generic"} or why the generic engine does not serve it.
     */
    public Object coverage() {
        return generic().decisions().entrySet().stream().map(decision -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("object", decision.getKey().object());
            row.put("operationId", decision.getKey().operationId());
            row.put("method", decision.getKey().method());
            row.put("path", decision.getKey().path());
            String how = decision.getValue();
            row.put("engine", how == null ? "own rules" : how.equals("generic") ? "generic" : "none");
            if ("generic".equals(how)) {
                generic().keyOf(decision.getKey().object()).ifPresent(key -> {
                    row.put("key", key.getKey());
                    row.put("keyInObject", key.getValue());
                });
            }
            if (how != null && !how.equals("generic")) {
                row.put("reason", how);
            }
            return row;
        }).toList();
    }

    /** The generic engine, made with the routes or by the first fixture that needs it. */
    public synchronized GenericObjects generic() {
        if (generic == null) {
            generic = new GenericObjects(DocumentOperations.load(), genericObjects, OWN_RULES, OWN_OPERATIONS);
            generic.beforeReading(Set.of("Branch"), branches::settle);
            generic.beforeReading(Set.of("ProcessEnvironmentAttachment"), processAttachments::attachDeployed);
            generic.beforeReading(ExecutionFootprints.OBJECTS, footprints::bringUpToDate);
        }
        return generic;
    }

    @Override
    public void addRoutes() {
        get(DownloadHandler.DOWNLOAD_ROUTE, downloads::fetch);
        // the Partner API's requests are routed here too (its alias shares these routes)
        path(PREFIX + "/{accountId}", this::objectRoutes);
    }

    private void objectRoutes() {
        path("Environment", () -> {
            post(environments::create);
            post("query", environments.queries::query);
            post("queryMore", environments.queries::queryMore);
            post("bulk", environments.queries::bulk);
            path("{id}", () -> {
                get(environments::get);
                post(environments::update);
                post("update", environments::update);
                delete(environments::delete);
            });
        });
        path("Process", () -> {
            post(processes::create);
            post("query", processes.queries::query);
            post("queryMore", processes.queries::queryMore);
            post("bulk", processes.queries::bulk);
            path("{id}", () -> {
                get(processes::get);
                post(processes::update);
                post("update", processes::update);
                delete(processes::delete);
            });
        });
        path("Atom", () -> {
            post("query", atoms.queries::query);
            post("queryMore", atoms.queries::queryMore);
            post("bulk", atoms.queries::bulk);
            path("{id}", () -> {
                get(atoms::get);
                post(atoms::update);
                post("update", atoms::update);
                delete(atoms::delete);
            });
        });
        path("EnvironmentAtomAttachment", () -> {
            post(attachments::create);
            post("query", attachments.queries::query);
            post("queryMore", attachments.queries::queryMore);
            delete("{id}", attachments::delete);
        });
        path("PackagedComponent", () -> {
            post(packages::create);
            post("query", packages.queries::query);
            post("queryMore", packages.queries::queryMore);
            post("bulk", packages.queries::bulk);
            path("{id}", () -> {
                get(packages::get);
                delete(packages::delete);
            });
        });
        path("DeployedPackage", () -> {
            post(deployments::create);
            post("query", deployments.queries::query);
            post("queryMore", deployments.queries::queryMore);
            post("bulk", deployments.queries::bulk);
            path("{id}", () -> {
                get(deployments::get);
                delete(deployments::delete);
            });
        });
        path("ComponentMetadata", () -> {
            post("query", metadata.queries::query);
            post("queryMore", metadata.queries::queryMore);
            post("bulk", metadata.queries::bulk);
            post(components::restoreMetadata);
            path("{id}", () -> {
                get(metadata::get);
                post(components::updateMetadata);
                post("update", components::updateMetadata);
                delete(components::deleteMetadata);
            });
        });
        post("ExecutionRequest", executions::request);
        post("executeProcess", executions::request);
        post("cancelExecution/{executionId}", executions::cancel);
        get("getAssignableRoles", roles::assignable);
        post("InstallerToken", installerTokens::create);
        post("ClearQueue/execute/{id}", clearQueue::execute);
        path("Account", () -> {
            post("query", accounts.endpoints::query);
            post("queryMore", accounts.endpoints::queryMore);
            post("bulk", accounts.endpoints::bulk);
            get("{id}", accounts::get);
        });
        post("changeListenerStatus", listeners::change);
        post("async/ListenerStatus/query", listeners::query);
        post("ListenerStatus/query/async", listeners::query); // the legacy path the document still names
        get("async/ListenerStatus/response/{token}", listeners::result);
        path("ExecutionRecord", () -> {
            post("query", executions.queries::query);
            post("queryMore", executions.queries::queryMore);
            get("async/{requestId}", executions::record);
        });
        path("ProcessSchedules", () -> {
            post("query", schedules.queries::query);
            post("queryMore", schedules.queries::queryMore);
            post("bulk", schedules.queries::bulk);
            path("{id}", () -> {
                get(schedules::get);
                post(schedules::update);
                post("update", schedules::update);
            });
        });
        path("ProcessScheduleStatus", () -> {
            post("query", schedules.statusQueries::query);
            post("queryMore", schedules.statusQueries::queryMore);
            post("bulk", schedules.statusQueries::bulk);
            path("{id}", () -> {
                get(schedules::getStatus);
                post(schedules::updateStatus);
                post("update", schedules::updateStatus);
            });
        });
        integrationPackRoutes();
        atomSettingsRoutes();
        post("ComponentDiffRequest", components::diff); // its get and bulk are the generic engine's
        path("Component", () -> {
            post(components::create);
            post("bulk", components::bulk);
            path("{componentId}", () -> {
                get(components::get);
                post(components::update);
                post("update", components::update);
            });
        });
        path("EnvironmentExtensions", () -> {
            post("query", extensions.queries::query);
            post("queryMore", extensions.queries::queryMore);
            post("bulk", extensions.queries::bulk);
            path("{id}", () -> {
                get(extensions::get);
                post(extensions::update);
                post("update", extensions::update);
            });
        });
        path("Deployment", () -> {
            post(legacyDeployments::create);
            post("query", legacyDeployments.queries::query);
            post("queryMore", legacyDeployments.queries::queryMore);
            post("bulk", legacyDeployments.queries::bulk);
            get("{id}", legacyDeployments::get);
        });
        path("Folder", () -> {
            post(folders::create);
            post("query", folders.queries::query);
            post("queryMore", folders.queries::queryMore);
            post("bulk", folders.queries::bulk);
            path("{id}", () -> {
                get(folders::get);
                post(folders::update);
                post("update", folders::update);
                delete(folders::delete);
            });
        });
        path("ComponentReference", () -> {
            post("query", componentReferences.references::query);
            post("queryMore", componentReferences.references::queryMore);
            post("bulk", componentReferences.references::bulk);
            get("{componentId}", componentReferences::reference);
        });
        post("PackagedComponentManifest/bulk", componentReferences.manifests::bulk);
        get("PackagedComponentManifest/{packageId}", componentReferences::manifest);
        for (String kind : DownloadService.KINDS) {
            post(kind, ctx -> downloads.request(ctx, kind));
        }
        generic().addRoutes();
        // after the generic routes: Branch/{id} must not take Branch/query
        post("Branch", branchWrites::create);
        path("Branch/{id}", () -> {
            post(branchWrites::update);
            post("update", branchWrites::update);
            delete(branchWrites::delete);
        });
        post("Role", roles::create);
        path("Role/{id}", () -> {
            post(roles::update);
            post("update", roles::update);
            delete(roles::delete);
        });
        post("AccountUserRole", roles::assignUser);
        post("EnvironmentRole", roles::restrictEnvironment);
        post("ProcessEnvironmentAttachment", processAttachmentWrites::attachToEnvironment);
        delete("ProcessEnvironmentAttachment/{id}", processAttachmentWrites::detachFromEnvironment);
        post("ProcessAtomAttachment", processAttachmentWrites::attachToAtom);
        post("PersistedProcessProperties/{id}", atomSettings::updatePersistedProperties);
        post("PersistedProcessProperties/{id}/update", atomSettings::updatePersistedProperties);
        get("async/PersistedProcessProperties/{id}", atomSettings::persistedProperties);
    }

    private void atomSettingsRoutes() {
        path("SharedServerInformation", () -> {
            post("bulk", atomSettings::serverInformationBulk);
            path("{id}", () -> {
                get(atomSettings::serverInformation);
                post(atomSettings::updateServerInformation);
                post("update", atomSettings::updateServerInformation);
            });
        });
        path("SharedWebServer", () -> {
            post("bulk", atomSettings::webServerBulk);
            path("{id}", () -> {
                get(atomSettings::webServer);
                post(atomSettings::updateWebServer);
                post("update", atomSettings::updateWebServer);
            });
        });
        post("AtomStartupProperties/bulk", atomSettings::startupPropertiesBulk);
        get("AtomStartupProperties/{id}", atomSettings::startupProperties);
    }


    // ---- integration packs and connectors (packs-connectnow) ---------------------------------------------

    private static IntegrationPackInstanceHandler integrationPackHandler(DSLContext dsl, QueryEngine queries,
                                                                         IdGenerator ids, EmulatorClock clock,
                                                                         Transactions transactions) {
        IntegrationPackRepository repository = new IntegrationPackRepository(dsl);
        return new IntegrationPackInstanceHandler(new IntegrationPackInstanceService(
                new IntegrationPackService(repository, ids, clock, transactions), repository, queries));
    }

    private void integrationPackRoutes() {
        path("IntegrationPackInstance", () -> {
            post(integrationPacks::create);
            post("query", integrationPacks.queries::query);
            post("queryMore", integrationPacks.queries::queryMore);
            post("bulk", integrationPacks.queries::bulk);
            path("{id}", () -> {
                get(integrationPacks::get);
                delete(integrationPacks::delete);
            });
        });
        path("IntegrationPack", () -> {
            post("query", integrationPacks.packQueries::query);
            post("queryMore", integrationPacks.packQueries::queryMore);
            post("bulk", integrationPacks.packQueries::bulk);
            get("{id}", integrationPacks::getPack);
        });
        path("ConnectorVersion", () -> {
            post(connectorVersions::create);
            delete(connectorVersions::deleteByBody);
            post("query", connectorVersions.queries::query);
            post("queryMore", connectorVersions.queries::queryMore);
            delete("{groupType}/{versionId}", connectorVersions::delete);
        });
    }

    @Override
    public void afterStateLoad(DSLContext tx) {
        CaselessKeys.addMissing(tx);
        IntegrationPackRepository.addMissingNameKeys(tx);
    }

    @Override
    public List<FixtureSection> fixtureSections() {
        return List.of(fixtures);
    }

    @Override
    public String familyName() {
        return "platform";
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public List<PathAlias> aliases() {
        return ALIASES;
    }

    @Override
    public Optional<String> openApiDocument() {
        return Optional.of("openapi/platform-v1.yaml");
    }

    @Override
    public boolean readsBodiesByContent() {
        return true;
    }

    @Override
    public String requestBody(Context ctx) {
        return PlatformXml.jsonBody(ctx);
    }

    @Override
    public void finishAnswer(Context ctx) {
        PlatformAnswers.finish(ctx);
    }

    @Override
    public Handler handlerFor(Endpoint route) {
        return audit.recording(route);
    }

    @Override
    public ApiException error(int status, String message) {
        return PlatformException.of(status, message);
    }

    @Override
    public ApiException invalidRequest(List<Violation> violations) {
        return PlatformException.badRequest("Invalid request: "
                + violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
    }

    /**
     * HTTP Basic with a password or a {@code BOOMI_TOKEN.} API token, for the account in the path; on the
     * Partner path, {@code overrideAccount} then names the account the request acts on, which the path's
     * account must manage. Last, the account in the path spends one request of its rate limit.
     */
    @Override
    public void authenticate(Context ctx) {
        String path = AsSent.path(ctx);
        String accountId = accountInPath(path);
        switch (access.check(BasicCredentials.fromHeader(ctx.header("Authorization")), accountId)) {
            case ADMITTED -> { }
            case UNAUTHENTICATED -> throw PlatformException.unauthorized();
            case FORBIDDEN -> throw PlatformException.forbidden(accountId);
        }
        if (path.startsWith(PARTNER_PREFIX + "/")) {
            overrideAccount(ctx, accountId);
        }
        rateLimit.admit(accountId);
    }

    /**
     * The Partner API's account override. Only the Partner path takes it: the official document gives it
     * to the Partner API alone, so on the Platform path it is a query parameter the document does not
     * define, refused there (400) like any other rather than silently acting on the path's account.
     */
    private void overrideAccount(Context ctx, String partnerAccountId) {
        String override = ctx.queryParam(OVERRIDE_ACCOUNT);
        if (override == null || override.isBlank() || override.equals(partnerAccountId)) {
            return;
        }
        if (!access.manages(partnerAccountId, override)) {
            throw PlatformException.of(403, "Account " + partnerAccountId + " cannot act on account " + override
                    + " with overrideAccount: it is not a sub-account that " + partnerAccountId + " manages.");
        }
        PlatformRequests.actOn(ctx, override);
    }

    private static String accountInPath(String path) {
        String prefix = path.startsWith(PARTNER_PREFIX + "/") ? PARTNER_PREFIX
                : path.startsWith(DownloadHandler.DOWNLOAD_PREFIX + "/") ? DownloadHandler.DOWNLOAD_PREFIX : PREFIX;
        String rest = path.substring(prefix.length() + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
