package dev.boomiemulator.platform.folder;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import dev.boomiemulator.platform.QueryEndpoints;
import dev.boomiemulator.platform.generic.GenericObjects;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * HTTP for the Folder object: its writes follow {@link FolderService}; its reads are the generic engine's.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Folder">Boomi: Folder object</a>
 */
public final class FolderHandler {
    private final FolderService service;
    private final Supplier<GenericObjects> objects;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public FolderHandler(FolderService service, Supplier<GenericObjects> objects) {
        this.service = service;
        this.objects = objects;
        this.queries = QueryEndpoints.of((account, body) -> objects.get().query("Folder", account, body),
                (account, token) -> objects.get().queryMore("Folder", account, token),
                (account, body) -> objects.get().bulk("Folder", account, body));
    }

    public void create(Context ctx) {
        answer(ctx, service.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void get(Context ctx) {
        answer(ctx, objects.get().find("Folder", accountId(ctx), id(ctx)).orElseThrow(() ->
                dev.boomiemulator.platform.PlatformException.notFound("Folder", id(ctx))));
    }

    public void update(Context ctx) {
        answer(ctx, service.update(accountId(ctx), id(ctx), user(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx));
        answer(ctx, true);
    }

}
