package dev.boomiemulator.platform.atomsettings;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.BulkGet;
import io.javalin.http.Context;
import java.util.function.BiFunction;

/**
 * HTTP for the settings kept per Atom: SharedServerInformation, SharedWebServer and AtomStartupProperties (get,
 * update where the document has one, bulk), and PersistedProcessProperties' update and asynchronous read.
 */
public final class AtomSettingsHandler {
    private final SharedServers servers;
    private final AtomStartup startup;
    private final PersistedProperties persisted;

    public AtomSettingsHandler(SharedServers servers, AtomStartup startup, PersistedProperties persisted) {
        this.servers = servers;
        this.startup = startup;
        this.persisted = persisted;
    }

    public void serverInformation(Context ctx) {
        answer(ctx, servers.information(accountId(ctx), id(ctx)));
    }

    public void updateServerInformation(Context ctx) {
        answer(ctx, servers.updateInformation(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    public void serverInformationBulk(Context ctx) {
        bulk(ctx, servers::information);
    }

    public void webServer(Context ctx) {
        answer(ctx, servers.webServer(accountId(ctx), id(ctx)));
    }

    public void updateWebServer(Context ctx) {
        answer(ctx, servers.updateWebServer(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    public void webServerBulk(Context ctx) {
        bulk(ctx, servers::webServer);
    }

    public void startupProperties(Context ctx) {
        answer(ctx, startup.get(accountId(ctx), id(ctx)));
    }

    public void startupPropertiesBulk(Context ctx) {
        bulk(ctx, startup::get);
    }

    public void persistedProperties(Context ctx) {
        answer(ctx, persisted.requestRead(accountId(ctx), id(ctx)));
    }

    public void updatePersistedProperties(Context ctx) {
        answer(ctx, persisted.replace(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    /** A bulk GET of one of the settings, by Atom id, within the request's account. */
    private static void bulk(Context ctx, BiFunction<String, String, JsonNode> get) {
        String accountId = accountId(ctx);
        answer(ctx, BulkGet.run(body(ctx), atomId -> get.apply(accountId, atomId)));
    }
}
