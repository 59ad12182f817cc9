package dev.boomiemulator.platform.installertoken;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.generic.GenericObjects;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code POST InstallerToken}: a token an Atom, Molecule, Cloud, Broker or Gateway installer takes, valid for
 * {@code durationMinutes} (30 to 1440; 30 when not given) from now on the emulator clock. The token is written as the real service
 * writes it ({@code molecule-<uuid>}) and kept, so a test sees it in the state export.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/InstallerToken">Boomi: InstallerToken object</a>
 */
public final class InstallerTokens {
    private static final List<String> INSTALL_TYPES = List.of("ATOM", "MOLECULE", "CLOUD", "BROKER", "GATEWAY");
    private static final int MIN_MINUTES = 30;
    private static final int MAX_MINUTES = 1440;

    /** Where tokens are kept: generic InstallerToken objects. */
    private final Supplier<GenericObjects> store;
    private final IdGenerator ids;
    private final EmulatorClock clock;

    public InstallerTokens(Supplier<GenericObjects> store, IdGenerator ids, EmulatorClock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    public void create(Context ctx) {
        answer(ctx, create(accountId(ctx), objectBody(ctx)));
    }

    JsonNode create(String accountId, JsonNode body) {
        String installType = JsonFields.text(body, "installType").map(type -> type.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> PlatformException.badRequest("installType is required: one of " + INSTALL_TYPES + "."));
        if (!INSTALL_TYPES.contains(installType)) {
            throw PlatformException.badRequest("installType must be one of " + INSTALL_TYPES + ", not '"
                    + installType + "'.");
        }
        String cloudId = JsonFields.text(body, "cloudId").filter(id -> !id.isBlank()).orElse(null);
        if (installType.equals("CLOUD") && cloudId == null) {
            throw PlatformException.badRequest("cloudId is required for a CLOUD installer token.");
        }
        JsonNode duration = body.path("durationMinutes");
        boolean given = !duration.isMissingNode() && !duration.isNull();
        int minutes = !given ? MIN_MINUTES : duration.canConvertToExactIntegral() || duration.asText().matches("\\d{1,9}")
                ? duration.asInt() : -1;
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw PlatformException.badRequest("durationMinutes must be a whole number from " + MIN_MINUTES + " to "
                    + MAX_MINUTES + ", not " + duration.asText() + ".");
        }
        Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode token = JsonNodeFactory.instance.objectNode();
        token.put("@type", "InstallerToken");
        token.put("accountId", accountId);
        if (cloudId != null) {
            token.put("cloudId", cloudId);
        }
        token.put("created", created.toString());
        token.put("durationMinutes", minutes);
        token.put("expiration", created.plus(minutes, ChronoUnit.MINUTES).toString());
        token.put("installType", installType);
        token.put("token", installType.toLowerCase(Locale.ROOT) + "-" + ids.uuid());
        store.get().save("InstallerToken", accountId, token.get("token").asText(), token);
        return token;
    }
}
