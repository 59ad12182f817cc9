package dev.boomiemulator.robustness.fuzz;

import dev.boomiemulator.support.DataIntegration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cheap picture of an account's state through its own query and list endpoints: what a refused write
 * must leave exactly as it was. Connect Now shares the Platform's store, so it shares its probes.
 */
final class StateFingerprint {
    private static final String PLATFORM = "/api/rest/v1/" + Family.DEMO_ACCOUNT + "/";
    private static final String DI = "/v1/accounts/" + DataIntegration.ACCOUNT + "/environments";

    private static final List<String> PLATFORM_PROBES = List.of(
            "Environment", "Atom", "Process", "EnvironmentAtomAttachment", "DeployedPackage", "PackagedComponent",
            "IntegrationPackInstance", "ProcessSchedules", "ConnectorVersion");
    private static final List<String> DI_PROBES = List.of(
            DI, DI + "/" + DataIntegration.PRODUCTION + "/rivers", DI + "/" + DataIntegration.DEVELOPMENT + "/rivers",
            DI + "/" + DataIntegration.PRODUCTION + "/connections", DI + "/" + DataIntegration.PRODUCTION + "/variables");

    private StateFingerprint() {
    }

    /** Probe name to answer (status and body, minus what changes by itself); null if a probe failed. */
    static Map<String, String> take(RawHttp http, Family family) {
        Map<String, String> picture = new LinkedHashMap<>();
        switch (family) {
            case PLATFORM, CONNECT_NOW -> {
                for (String object : PLATFORM_PROBES) {
                    picture.put(object, probe(http, "POST", PLATFORM + object + "/query", family.authorization(), "{}"));
                }
            }
            case DATA_INTEGRATION -> {
                for (String path : DI_PROBES) {
                    picture.put(path, probe(http, "GET", path, family.authorization(), null));
                }
            }
            case CONTROL -> {
                picture.put("fixtures", probe(http, "GET", "/_emulator/fixtures", null, null));
                picture.put("limits", probe(http, "GET", "/_emulator/limits", null, null));
                picture.put("clock", probe(http, "GET", "/_emulator/clock", null, null)
                        .replaceAll("\"now\":\"[^\"]*\"", ""));
                picture.put("Environment", probe(http, "POST", PLATFORM + "Environment/query",
                        Family.PLATFORM.authorization(), "{}"));
            }
        }
        return picture.values().stream().anyMatch(Objects::isNull) ? null : picture;
    }

    /** The probes whose answers differ. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).toList();
    }

    private static String probe(RawHttp http, String method, String target, String authorization, String body) {
        List<String[]> headers = new java.util.ArrayList<>();
        if (authorization != null) {
            headers.add(new String[] {"Authorization", authorization});
        }
        headers.add(new String[] {"Accept", "application/json"});
        if (body != null) {
            headers.add(new String[] {"Content-Type", "application/json"});
        }
        RawHttp.Answer answer = http.send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        if (answer.status() != 200) {
            return null;
        }
        // queryTokens may encode a cursor that is not part of the state
        return answer.bodyText().replaceAll("\"queryToken\":\"[^\"]*\"", "");
    }
}
