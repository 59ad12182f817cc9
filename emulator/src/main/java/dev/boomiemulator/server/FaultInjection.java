package dev.boomiemulator.server;

import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.AsSent;
import dev.boomiemulator.server.faults.FaultRule;
import dev.boomiemulator.server.faults.FaultRules;
import dev.boomiemulator.server.journal.RequestAccount;
import io.javalin.http.Context;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Applies the fault rules to a request of an API family, before its credentials are checked (an injected 401 is
 * the point of a "token expired" rule): answer in the family's error shape, hold the request for a while and then
 * serve it, or drop the connection without an answer.
 */
final class FaultInjection {
    private final FaultRules rules;

    FaultInjection(FaultRules rules) {
        this.rules = rules;
    }

    void apply(Context ctx, ApiModule family) {
        if (rules.isEmpty()) {
            return;
        }
        // Connect Now names the account in its JSON body; a multipart body is left for its handler to read
        boolean readable = !ctx.isMultipartFormData();
        String account = RequestAccount.of(ctx, readable && "connectnow".equals(family.familyName()) ? ctx.body() : null);
        Optional<FaultRule> firing = rules.firing(AsSent.method(ctx), AsSent.path(ctx), family.familyName(), account,
                () -> readable ? ctx.body() : "");
        if (firing.isEmpty()) {
            return;
        }
        FaultRule.Definition fault = firing.get().definition();
        switch (fault.action()) {
            case RESPOND -> {
                if (fault.headers() != null) {
                    fault.headers().forEach(ctx::header);
                }
                ApiException error = family.error(fault.status(), fault.message());
                throw error;
            }
            case DELAY -> sleep(fault.delayMs());
            case DROP -> drop(ctx);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the connection under the request: the client sees it end without an answer, as on a network fault. */
    private static void drop(Context ctx) {
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                .getEndPoint().close();
        ctx.skipRemainingHandlers();
    }
}
