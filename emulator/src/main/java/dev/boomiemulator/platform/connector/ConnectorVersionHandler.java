package dev.boomiemulator.platform.connector;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;

import dev.boomiemulator.accounts.BasicCredentials;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * HTTP for the Connector API's ConnectorVersion: multipart create, delete, query, queryMore.
 *
 * @see <a href="https://developer.boomi.com/docs/api/connectors/ConnectorVersion">Boomi: ConnectorVersion</a>
 */
public final class ConnectorVersionHandler {
    private final ConnectorVersionService service;
    /** query, queryMore. */
    public final QueryEndpoints queries;

    public ConnectorVersionHandler(ConnectorVersionService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore);
    }

    public void create(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw PlatformException.badRequest("A connector version is created with multipart/form-data: parts "
                    + "connectorVersionArchive (the .zip), groupType, and optionally changeLog and sha256Checksum.");
        }
        UploadedFile archive = ctx.uploadedFile("connectorVersionArchive");
        answer(ctx, service.create(accountId(ctx), user(ctx), new ConnectorVersionService.Upload(
                archive == null ? null : read(archive), ctx.formParam("groupType"), ctx.formParam("changeLog"),
                ctx.formParam("sha256Checksum"))));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), user(ctx), ctx.pathParam("groupType"), ctx.pathParam("versionId"));
        answer(ctx, true);
    }

    public void deleteByBody(Context ctx) {
        service.delete(accountId(ctx), user(ctx), body(ctx));
        answer(ctx, true);
    }

    private static String user(Context ctx) {
        return BasicCredentials.fromHeader(ctx.header("Authorization")).map(BasicCredentials::user).orElse("unknown");
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
