package dev.boomiemulator.platform.listener;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;

import io.javalin.http.Context;

/**
 * HTTP for listener processes: {@code changeListenerStatus} and the asynchronous {@code ListenerStatus} query.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ListenerStatus">Boomi: ListenerStatus object</a>
 */
public final class ListenerHandler {
    private final ListenerService service;

    public ListenerHandler(ListenerService service) {
        this.service = service;
    }

    /** An empty 200: the real service's empty changeListenerStatusResponse, the change accepted. */
    public void change(Context ctx) {
        service.change(accountId(ctx), body(ctx));
        ctx.status(200);
    }

    public void query(Context ctx) {
        answer(ctx, service.query(accountId(ctx), body(ctx)));
    }

    public void result(Context ctx) {
        answer(ctx, service.result(accountId(ctx), ctx.pathParam("token")));
    }
}
