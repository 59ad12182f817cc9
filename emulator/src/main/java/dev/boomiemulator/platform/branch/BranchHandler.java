package dev.boomiemulator.platform.branch;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import io.javalin.http.Context;

/**
 * HTTP for the writes of the Branch object; its reads are the generic engine's (after {@link BranchService#settle}).
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Branch">Boomi: Branch object</a>
 */
public final class BranchHandler {
    private final BranchService service;

    public BranchHandler(BranchService service) {
        this.service = service;
    }

    public void create(Context ctx) {
        answer(ctx, service.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void update(Context ctx) {
        answer(ctx, service.update(accountId(ctx), id(ctx), user(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx));
        answer(ctx, true);
    }
}
