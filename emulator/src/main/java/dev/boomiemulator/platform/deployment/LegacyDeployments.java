package dev.boomiemulator.platform.deployment;

import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.db.jooq.tables.records.DeployedPackageRecord;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.QueryEndpoints;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import dev.boomiemulator.platform.query.QueryEngine;
import io.javalin.http.Context;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deprecated Deployment object, over the same deployments as DeployedPackage: a create deploys the component's
 * current version (packaging it), and every deployment, however made, reads as a Deployment too. Clients still on
 * the old API and clients on the new one see one truth.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Deployment">Boomi: Deployment object (deprecated)</a>
 */
public final class LegacyDeployments {
    private static final QueryDefinition<DeployedPackageRecord> QUERY = new QueryDefinition<>(
            "Deployment", DEPLOYED_PACKAGE, DEPLOYED_PACKAGE.ACCOUNT_ID, DEPLOYED_PACKAGE.SEQ,
            List.of(
                    FilterProperty.string("environmentId", DEPLOYED_PACKAGE.ENVIRONMENT_ID),
                    FilterProperty.string("processId", DEPLOYED_PACKAGE.COMPONENT_ID),
                    FilterProperty.string("componentId", DEPLOYED_PACKAGE.COMPONENT_ID),
                    FilterProperty.enumeration("componentType", DEPLOYED_PACKAGE.COMPONENT_TYPE),
                    FilterProperty.bool("current", DEPLOYED_PACKAGE.ACTIVE)),
            List.of(),
            row -> render(DeploymentRepository.toDeployment(row)));

    private final DeploymentService deployments;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public LegacyDeployments(DeploymentService deployments, QueryEngine engine) {
        this.deployments = deployments;
        this.queries = QueryEndpoints.of((account, body) -> engine.query(QUERY, account, body),
                (account, token) -> engine.queryMore(QUERY, account, token),
                (account, body) -> BulkGet.run(body, id -> render(deployments.get(account, id))));
    }

    /** {@code processId} is the old name of {@code componentId}. */
    public void create(Context ctx) {
        JsonNode body = objectBody(ctx);
        ObjectNode request = body.deepCopy();
        if (!request.hasNonNull("componentId") && request.hasNonNull("processId")) {
            request.set("componentId", request.get("processId"));
        }
        request.remove(List.of("packageId", "componentVersion"));
        answer(ctx, render(deployments.create(accountId(ctx), user(ctx), request)));
    }

    public void get(Context ctx) {
        answer(ctx, render(deployments.get(accountId(ctx), id(ctx))));
    }

    private static Map<String, Object> render(DeployedPackage deployment) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("@type", "Deployment");
        answer.put("id", deployment.deploymentId());
        answer.put("environmentId", deployment.environmentId());
        answer.put("componentId", deployment.componentId());
        answer.put("processId", deployment.componentId());
        answer.put("componentType", deployment.componentType());
        answer.put("current", deployment.active());
        answer.put("version", deployment.version());
        answer.put("deployedBy", deployment.deployedBy() == null ? "" : deployment.deployedBy());
        answer.put("deployedOn", deployment.deployedDate().truncatedTo(ChronoUnit.SECONDS).toString());
        answer.put("digest", deployment.packageId());
        answer.put("notes", deployment.notes() == null ? "" : deployment.notes());
        if (deployment.listenerStatus() != null) {
            answer.put("listenerStatus", deployment.listenerStatus());
        }
        return answer;
    }
}
