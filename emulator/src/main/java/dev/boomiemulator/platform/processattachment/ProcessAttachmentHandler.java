package dev.boomiemulator.platform.processattachment;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import io.javalin.http.Context;

/** HTTP for the writes of ProcessEnvironmentAttachment and ProcessAtomAttachment; reads are the generic engine's. */
public final class ProcessAttachmentHandler {
    private final ProcessAttachments attachments;

    public ProcessAttachmentHandler(ProcessAttachments attachments) {
        this.attachments = attachments;
    }

    public void attachToEnvironment(Context ctx) {
        answer(ctx, attachments.attachToEnvironment(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void detachFromEnvironment(Context ctx) {
        attachments.detachFromEnvironment(accountId(ctx), id(ctx));
        answer(ctx, true);
    }

    public void attachToAtom(Context ctx) {
        answer(ctx, attachments.attachToAtom(accountId(ctx), user(ctx), objectBody(ctx)));
    }
}
