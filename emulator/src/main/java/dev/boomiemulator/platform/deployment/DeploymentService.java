package dev.boomiemulator.platform.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.ProcessSummary;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.schedule.ScheduleService;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.environment.Environment;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponent;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponentService;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of deploying. The environment must exist in the account, and so must the package
 * ({@code packageId}) or the component ({@code componentId}: packaged on the fly, at its current version
 * or {@code componentVersion}). One deployment per component and environment is active: a new one
 * deactivates the previous one, and deploying the package that is already active there is a 400
 * ("duplicate"). Undeploying (DELETE) deactivates. Processes deployed to an environment get schedules on
 * its Atoms.
 */
public final class DeploymentService {
    private final DeploymentRepository deployments;
    private final PackagedComponentService packages;
    private final EnvironmentRepository environments;
    private final RuntimeRepository runtime;
    private final ScheduleService schedules;
    private final QueryEngine queries;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public DeploymentService(DeploymentRepository deployments, PackagedComponentService packages,
                             EnvironmentRepository environments, RuntimeRepository runtime, ScheduleService schedules,
                             QueryEngine queries, IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.deployments = deployments;
        this.packages = packages;
        this.environments = environments;
        this.runtime = runtime;
        this.schedules = schedules;
        this.queries = queries;
        this.ids = ids;
        this.clock = clock;
    }

    public DeployedPackage create(String accountId, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            String environmentId = JsonFields.text(body, "environmentId")
                    .orElseThrow(() -> PlatformException.badRequest("environmentId is required."));
            Environment environment = environments.find(accountId, environmentId).orElseThrow(() ->
                    PlatformException.badRequest("Environment " + environmentId + " does not exist in account " + accountId + "."));
            String packageId = JsonFields.text(body, "packageId").orElse(null);
            String componentId = JsonFields.text(body, "componentId").orElse(null);
            PackagedComponent pkg;
            Optional<DeployedPackage> previous; // the deployment this one replaces, if any
            if (packageId != null) {
                pkg = packages.find(accountId, packageId).orElseThrow(() ->
                        PlatformException.badRequest("PackagedComponent " + packageId + " does not exist in account " + accountId + "."));
                if (pkg.deleted()) {
                    throw PlatformException.badRequest("PackagedComponent " + packageId + " is deleted; package the "
                            + "component again to deploy it.");
                }
                if (componentId != null && !componentId.equals(pkg.componentId())) {
                    throw PlatformException.badRequest("Package " + packageId + " packages component " + pkg.componentId()
                            + ", not " + componentId + ".");
                }
                previous = deployments.active(accountId, pkg.componentId(), environmentId);
                previous.filter(active -> active.packageId().equals(packageId))
                        .ifPresent(active -> {
                            throw PlatformException.badRequest("Package " + packageId + " is already deployed to environment "
                                    + environmentId + " (deployment " + active.deploymentId() + "): duplicate deployment.");
                        });
            } else if (componentId != null) {
                PackagedComponentService.Request request = PackagedComponentService.Request.of(body);
                int version = request.componentVersion() != null ? request.componentVersion()
                        : runtime.process(accountId, componentId).map(ProcessSummary::currentVersion).orElse(0);
                previous = deployments.active(accountId, componentId, environmentId);
                previous.filter(active -> String.valueOf(active.componentVersion()).equals(String.valueOf(version)))
                        .ifPresent(active -> {
                            throw PlatformException.badRequest("Version " + version + " of component " + componentId
                                    + " is already deployed to environment " + environmentId + " (deployment "
                                    + active.deploymentId() + "): duplicate deployment.");
                        });
                pkg = packages.create(accountId, user, new PackagedComponentService.Request(componentId,
                        request.componentVersion(), request.versionAsText(), request.componentType(), null, null, null));
            } else {
                throw PlatformException.badRequest("packageId or componentId is required: the packaged component to deploy, or a component to package and deploy.");
            }
            return deploy(accountId, user, environment, pkg, previous, JsonFields.text(body, "notes").orElse(null),
                    listenerStatus(body));
        });
    }

    private DeployedPackage deploy(String accountId, String user, Environment environment, PackagedComponent pkg,
                                   Optional<DeployedPackage> previous, String notes, String listenerStatus) {
        previous.ifPresent(replaced -> deployments.deactivate(accountId, replaced.deploymentId()));
        DeployedPackage deployment = new DeployedPackage(ids.uuid(),
                deployments.nextVersion(accountId, pkg.componentId(), environment.id()), pkg.packageId(),
                pkg.packageVersion(), environment.id(), pkg.componentId(), pkg.componentType(), pkg.componentVersion(),
                notes, clock.instant(), user, true, listenerStatus);
        String componentName = runtime.process(accountId, pkg.componentId()).map(ProcessSummary::name).orElse(null);
        deployments.insert(accountId, deployment, pkg, environment.name(), componentName);
        schedules.synchronizeDeployment(accountId, environment.id(), pkg.componentId(), deployment.componentType());
        return deployment;
    }

    public Optional<DeployedPackage> find(String accountId, String deploymentId) {
        return deployments.find(accountId, deploymentId);
    }

    public DeployedPackage get(String accountId, String deploymentId) {
        return deployments.find(accountId, deploymentId)
                .orElseThrow(() -> PlatformException.notFound("DeployedPackage", deploymentId));
    }

    /** Undeploys: the deployment stays readable with {@code active: false}. */
    public void delete(String accountId, String deploymentId) {
        transactions.write(accountId, () -> {
            DeployedPackage deployment = get(accountId, deploymentId);
            if (!deployment.active()) {
                throw PlatformException.badRequest("Deployment " + deploymentId + " is not active: it was undeployed or "
                        + "replaced by a newer deployment.");
            }
            deployments.deactivate(accountId, deploymentId);
            schedules.synchronizeDeployment(accountId, deployment.environmentId(), deployment.componentId(), null);
        });
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(DeploymentRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(DeploymentRepository.QUERY, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }

    /** RUNNING or PAUSED (listener processes); anything else, {@code ""} included, leaves it unset, as the real service does. */
    private static String listenerStatus(JsonNode body) {
        return JsonFields.text(body, "listenerStatus")
                .map(status -> status.toUpperCase(Locale.ROOT))
                .filter(status -> status.equals("RUNNING") || status.equals("PAUSED"))
                .orElse(null);
    }
}
