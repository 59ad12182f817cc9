package dev.boomiemulator.platform.component;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.user;

import dev.boomiemulator.platform.xml.PlatformXml;
import io.javalin.http.Context;

/**
 * HTTP for the Component object. Its create and update answer the component XML whatever the caller accepts (the
 * document gives them no JSON form); a get answers JSON when asked for it.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Component">Boomi: Component object</a>
 */
public final class ComponentHandler {
    private final ComponentService service;

    /** Answers a component's metadata, as ComponentMetadata shows it: (accountId, componentId). */
    private final java.util.function.BiFunction<String, String, Object> metadata;

    public ComponentHandler(ComponentService service, java.util.function.BiFunction<String, String, Object> metadata) {
        this.service = service;
        this.metadata = metadata;
    }

    public void create(Context ctx) {
        xml(ctx, service.create(accountId(ctx), user(ctx), ComponentXml.read(ctx.body())));
    }

    public void get(Context ctx) {
        Component component = service.get(accountId(ctx), ctx.pathParam("componentId"));
        if (PlatformXml.wantsXml(ctx)) {
            xml(ctx, component);
        } else {
            answer(ctx, ComponentXml.json(component));
        }
    }

    public void update(Context ctx) {
        xml(ctx, service.update(accountId(ctx), ctx.pathParam("componentId"), user(ctx),
                ComponentXml.read(ctx.body())));
    }

    /** {@code POST ComponentDiffRequest}. */
    public void diff(Context ctx) {
        answer(ctx, service.diff(accountId(ctx), body(ctx)));
    }

    /** {@code POST ComponentMetadata}: restores a deleted component. */
    public void restoreMetadata(Context ctx) {
        String accountId = accountId(ctx);
        answer(ctx, metadata.apply(accountId, service.restore(accountId, user(ctx), body(ctx)).id()));
    }

    /** {@code POST ComponentMetadata/{id}}: a new name or folder. */
    public void updateMetadata(Context ctx) {
        String accountId = accountId(ctx);
        String id = ctx.pathParam("id");
        service.renameOrMove(accountId, id, user(ctx), body(ctx));
        answer(ctx, metadata.apply(accountId, id));
    }

    /** {@code DELETE ComponentMetadata/{id}}. */
    public void deleteMetadata(Context ctx) {
        service.delete(accountId(ctx), ctx.pathParam("id"), user(ctx));
        answer(ctx, true);
    }

    public void bulk(Context ctx) {
        answer(ctx, service.bulk(accountId(ctx), body(ctx)));
    }

    private static void xml(Context ctx, Component component) {
        ctx.contentType("application/xml;charset=utf-8").result(ComponentXml.write(component));
    }
}
