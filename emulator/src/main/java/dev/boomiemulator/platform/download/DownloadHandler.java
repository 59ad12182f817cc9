package dev.boomiemulator.platform.download;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;

import io.javalin.http.Context;

/**
 * HTTP for the Platform's file requests and their download URLs.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ProcessLog">Boomi: ProcessLog object</a>
 */
public final class DownloadHandler {
    /** Where the real service hands out files: {@code /account/{accountId}/api/download/{id}}. */
    public static final String DOWNLOAD_PREFIX = "/account";
    public static final String DOWNLOAD_ROUTE = DOWNLOAD_PREFIX + "/{accountId}/api/download/{downloadId}";

    private final DownloadService service;

    public DownloadHandler(DownloadService service) {
        this.service = service;
    }

    /** {@code POST /ProcessLog} and the other file requests, by object. */
    public void request(Context ctx, String kind) {
        answer(ctx, service.request(kind, accountId(ctx), body(ctx), (account, id) ->
                ctx.scheme() + "://" + ctx.host() + DOWNLOAD_PREFIX + "/" + account + "/api/download/" + id));
    }

    public void fetch(Context ctx) {
        DownloadFile file = service.fetch(ctx.pathParam("accountId"), ctx.pathParam("downloadId"));
        ctx.contentType(file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .result(file.content());
    }
}
