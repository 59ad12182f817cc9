package dev.boomiemulator.platform.role;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP for the writes of Role, AccountUserRole and EnvironmentRole, and for {@code getAssignableRoles}; their reads
 * and the assignments' deletes are the generic engine's.
 */
public final class RoleHandler {
    private final RoleService roles;
    private final RoleAssignments assignments;

    public RoleHandler(RoleService roles, RoleAssignments assignments) {
        this.roles = roles;
        this.assignments = assignments;
    }

    public void create(Context ctx) {
        answer(ctx, roles.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void update(Context ctx) {
        answer(ctx, roles.update(accountId(ctx), id(ctx), user(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        roles.delete(accountId(ctx), id(ctx));
        answer(ctx, true);
    }

    public void assignUser(Context ctx) {
        answer(ctx, assignments.assignUser(accountId(ctx), objectBody(ctx)));
    }

    public void restrictEnvironment(Context ctx) {
        answer(ctx, assignments.restrictEnvironment(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    /** {@code getAssignableRoles}: every role of the account, Boomi's default ones and its own, as {@code Roles}. */
    public void assignable(Context ctx) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("@type", "Roles");
        answer.put("Role", roles.assignable(accountId(ctx)));
        answer(ctx, answer);
    }
}
