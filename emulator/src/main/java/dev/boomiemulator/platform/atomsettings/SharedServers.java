package dev.boomiemulator.platform.atomsettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.PlatformRequests;
import dev.boomiemulator.platform.atomsettings.AtomHosts.AtomHost;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * An Atom's shared web server, seen through two objects of the document: {@code SharedServerInformation} (flat) and
 * {@code SharedWebServer} (nested, with CORS and users besides). Every Atom has one from the start, with the
 * document's defaults (API type intermediate, HTTP port 9090, HTTPS port 9093; authentication none, or basic on a
 * cloud), so both read before anything was written. The settings the two objects share (API type, ports, hosts,
 * authentication, URL, threads, certificate) are kept once, in SharedServerInformation, and a SharedWebServer
 * always shows them from there: an update through either is seen through the other.
 *
 * <p>The document's rules: a GET does not show {@code auth}; an empty string clears a field; {@code authToken}
 * cannot be set, and is made when basic authentication needs one; {@code minAuth} basic needs {@code auth} basic;
 * an Atom attached to a cloud cannot change ports; {@code sslCertificateId} must be a component of the account; {@code url} is built from
 * the host and port unless {@code overrideUrl} is true.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/SharedServerInformation">Boomi: SharedServerInformation</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/SharedWebServer">Boomi: SharedWebServer</a>
 */
public final class SharedServers {
    static final String INFORMATION = "SharedServerInformation";
    static final String WEB_SERVER = "SharedWebServer";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> PORTS = List.of("httpPort", "httpsPort", "externalHttpPort", "externalHttpsPort");
    private static final int MAX_PORT = 65_535;

    private final Supplier<GenericObjects> objects;
    private final AtomHosts atoms;
    /** Whether a component of the account has this id: (accountId, componentId). */
    private final BiPredicate<String, String> components;
    private final IdGenerator ids;
    private final Transactions transactions;

    public SharedServers(Supplier<GenericObjects> objects, AtomHosts atoms, BiPredicate<String, String> components,
                         IdGenerator ids, Transactions transactions) {
        this.objects = objects;
        this.atoms = atoms;
        this.components = components;
        this.ids = ids;
        this.transactions = transactions;
    }

    /** {@code GET SharedServerInformation/{atomId}}: without {@code auth}, as the document says. */
    JsonNode information(String accountId, String atomId) {
        ObjectNode information = information(accountId, atoms.require(accountId, atomId));
        information.remove("auth");
        return information;
    }

    /**
     * The stored settings, or an untouched Atom's defaults. An Atom starts with its authentication type and ports
     * configured, so (as the document says of a configured one) an update may change the API type alone.
     */
    ObjectNode information(String accountId, AtomHost atom) {
        return objects.get().find(INFORMATION, accountId, atom.id()).map(stored -> (ObjectNode) stored.deepCopy())
                .orElseGet(() -> defaults(atom));
    }

    private static ObjectNode defaults(AtomHost atom) {
        boolean cloud = "CLOUD".equalsIgnoreCase(atom.type());
        ObjectNode information = NODES.objectNode();
        information.put("@type", INFORMATION);
        information.put("apiType", "intermediate");
        information.put("atomId", atom.id());
        information.put("auth", cloud ? "basic" : "none");
        information.put("checkForwardedHeaders", false);
        information.put("httpPort", 9090);
        information.put("httpsPort", 9093);
        information.put("maxThreads", 250);
        information.put("minAuth", cloud ? "basic" : "none");
        information.put("overrideUrl", false);
        information.put("url", url(information, atom));
        return information;
    }

    /** {@code POST SharedServerInformation/{atomId}}: the whole record, with a new {@code authToken} when one was made. */
    JsonNode updateInformation(String accountId, String atomId, JsonNode body) {
        objects.get().check(INFORMATION, body);
        return transactions.write(accountId, () -> {
            AtomHost atom = atoms.require(accountId, atomId);
            ObjectNode information = information(accountId, atom);
            refuseWhatCannotChange(atom, information, body);
            for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (name.equals("@type") || name.equals("atomId") || name.equals("authToken")) {
                    continue;
                }
                JsonNode value = field.getValue();
                if (value.isNull() || value.isTextual() && value.asText().isEmpty()) {
                    information.remove(name); // an empty string clears a field
                } else {
                    information.set(name, value);
                }
            }
            checkConsistent(accountId, information);
            if ("basic".equals(information.path("auth").asText()) && !information.hasNonNull("authToken")) {
                information.put("authToken", ids.uuid());
            } else if (!"basic".equals(information.path("auth").asText())) {
                information.remove("authToken");
            }
            if (!information.path("overrideUrl").asBoolean()) {
                information.put("url", url(information, atom));
            }
            objects.get().save(INFORMATION, accountId, atomId, information);
            return information;
        });
    }

    private static void refuseWhatCannotChange(AtomHost atom, JsonNode stored, JsonNode body) {
        PlatformRequests.keyMatchesPath(body, "atomId", atom.id());
        if (body.hasNonNull("authToken") && !body.get("authToken").asText().equals(stored.path("authToken").asText())) {
            throw PlatformException.badRequest("authToken cannot be set: it is made when basic authentication needs one.");
        }
        boolean portChanged = List.of("httpPort", "httpsPort").stream()
                .anyMatch(port -> body.has(port) && !body.get(port).asText().equals(stored.path(port).asText()));
        if (atom.attachedToCloud() && portChanged) {
            throw PlatformException.badRequest("Atom " + atom.id() + " is attached to a cloud: its httpPort and httpsPort "
                    + "cannot be updated.");
        }
    }

    private void checkConsistent(String accountId, JsonNode information) {
        for (String port : PORTS) {
            JsonNode value = information.get(port);
            if (value != null && (!value.canConvertToInt() || value.asInt() < 1 || value.asInt() > MAX_PORT)) {
                throw PlatformException.badRequest(port + " must be a port from 1 to " + MAX_PORT + ", not " + value + ".");
            }
        }
        if (information.has("maxThreads") && information.get("maxThreads").asInt() < 1) {
            throw PlatformException.badRequest("maxThreads must be at least 1.");
        }
        if ("basic".equals(information.path("minAuth").asText()) && !"basic".equals(information.path("auth").asText())) {
            throw PlatformException.badRequest("minAuth is basic, so auth must be basic too.");
        }
        String certificate = information.path("sslCertificateId").asText("");
        if (!certificate.isEmpty() && !components.test(accountId, certificate)) {
            throw PlatformException.badRequest("sslCertificateId " + certificate + " is not a component of account "
                    + accountId + ".");
        }
        if (information.path("overrideUrl").asBoolean() && information.path("url").asText("").isBlank()) {
            throw PlatformException.badRequest("overrideUrl is true, so url must be given.");
        }
    }

    /** The URL built from the external (else the Atom's) host and the HTTPS port when a certificate is set, else HTTP. */
    private static String url(JsonNode information, AtomHost atom) {
        boolean https = !information.path("sslCertificateId").asText("").isEmpty();
        String host = information.path("externalHost").asText("");
        String port = https ? portOf(information, "externalHttpsPort", "httpsPort")
                : portOf(information, "externalHttpPort", "httpPort");
        return (https ? "https://" : "http://") + (host.isEmpty() ? atom.host() : host) + (port.isEmpty() ? "" : ":" + port);
    }

    private static String portOf(JsonNode information, String external, String internal) {
        return information.hasNonNull(external) ? information.get(external).asText() : information.path(internal).asText("");
    }

    // ---- SharedWebServer ----------------------------------------------------------------------------------

    /** {@code GET SharedWebServer/{atomId}}: what was written of it, with the shared settings as they are now. */
    JsonNode webServer(String accountId, String atomId) {
        return webServer(accountId, atoms.require(accountId, atomId));
    }

    private ObjectNode webServer(String accountId, AtomHost atom) {
        ObjectNode server = storedWebServer(accountId, atom.id());
        showShared(information(accountId, atom), server);
        return server;
    }

    /** What was written of the web server (with the shared settings as they were then), or a new one's skeleton. */
    private ObjectNode storedWebServer(String accountId, String atomId) {
        return objects.get().find(WEB_SERVER, accountId, atomId)
                .map(stored -> (ObjectNode) stored.deepCopy()).orElseGet(() -> skeleton(atomId));
    }

    /**
     * {@code POST SharedWebServer/{atomId}}: merged into what there is (objects property by property, lists whole);
     * the shared settings of {@code generalSettings} go to SharedServerInformation, under its rules.
     */
    JsonNode updateWebServer(String accountId, String atomId, JsonNode body) {
        objects.get().check(WEB_SERVER, body);
        return transactions.write(accountId, () -> {
            AtomHost atom = atoms.require(accountId, atomId);
            PlatformRequests.keyMatchesPath(body, "atomId", atomId);
            ObjectNode information = information(accountId, atom);
            ObjectNode server = storedWebServer(accountId, atomId);
            showShared(information, server);
            merge(server, body);
            JsonNode updated = updateInformation(accountId, atomId, sharedOf(server.path("generalSettings"), information));
            server.put("atomId", atomId);
            objects.get().save(WEB_SERVER, accountId, atomId, server);
            showShared(updated, server);
            return server;
        });
    }

    private static ObjectNode skeleton(String atomId) {
        ObjectNode server = NODES.objectNode();
        server.put("@type", WEB_SERVER);
        server.put("atomId", atomId);
        server.putObject("cloudTennantGeneral");
        server.putObject("corsConfiguration").putArray("origins");
        ObjectNode general = server.putObject("generalSettings");
        ObjectNode authentication = general.putObject("authentication");
        authentication.put("cacheAuthorizationCredentials", false);
        authentication.put("clientCertificateHeaderName", "");
        authentication.put("loginModuleClassName", "");
        authentication.putObject("loginModuleOptions").putArray("loginModule");
        general.putObject("protectedHeaders").putArray("header");
        server.put("shouldRestartPlugin", false);
        ObjectNode users = server.putObject("userManagement");
        users.put("enableAPIMInternalRoles", false);
        users.putArray("users");
        return server;
    }

    /** Writes the shared settings into the web server's general settings and its cloud tenant view. */
    private static void showShared(JsonNode information, ObjectNode server) {
        String authType = information.path("auth").asText("none").toUpperCase(Locale.ROOT);
        String url = information.path("url").asText("");
        ArrayNode ports = NODES.arrayNode();
        ports.add(port(information, authType, url, false));
        if (information.hasNonNull("httpsPort")) {
            ports.add(port(information, authType, url, true));
        }
        ObjectNode general = server.with("generalSettings");
        general.put("apiType", information.path("apiType").asText());
        general.with("authentication").put("authType", authType);
        general.put("baseUrl", url);
        general.put("examineForwardHeaders", information.path("checkForwardedHeaders").asBoolean());
        general.put("externalHost", information.path("externalHost").asText(""));
        general.put("internalHost", information.path("internalHost").asText(""));
        general.putObject("listenerPorts").set("port", ports);
        general.put("maxNumberOfThreads", information.path("maxThreads").asInt());
        general.put("overrideUrl", information.path("overrideUrl").asBoolean());
        general.put("sslCertificate", information.path("sslCertificateId").asText(""));
        ObjectNode cloud = server.with("cloudTennantGeneral");
        cloud.put("apiType", information.path("apiType").asText());
        cloud.put("authType", authType);
        cloud.put("baseUrl", url);
        cloud.putObject("listenerPorts").set("port", ports.deepCopy());
    }

    private static ObjectNode port(JsonNode information, String authType, String url, boolean ssl) {
        ObjectNode port = NODES.objectNode();
        port.put("authType", authType);
        int number = information.path(ssl ? "httpsPort" : "httpPort").asInt();
        port.put("baseUrlForRequest", url.replaceFirst(":\\d+$", "") + ":" + number);
        port.put("defaultPort", !ssl);
        port.put("enablePort", !ssl || !information.path("sslCertificateId").asText("").isEmpty());
        JsonNode external = information.get(ssl ? "externalHttpsPort" : "externalHttpPort");
        if (external != null) {
            port.put("externalPort", external.asInt());
        }
        port.put("externalSSL", ssl);
        port.put("port", number);
        port.put("ssl", ssl);
        return port;
    }

    /** The shared settings as a SharedServerInformation update, read off a web server's general settings. */
    private static ObjectNode sharedOf(JsonNode general, JsonNode information) {
        ObjectNode shared = NODES.objectNode();
        shared.put("apiType", general.path("apiType").asText().toLowerCase(Locale.ROOT));
        shared.put("auth", general.path("authentication").path("authType").asText("NONE").toLowerCase(Locale.ROOT));
        shared.put("checkForwardedHeaders", general.path("examineForwardHeaders").asBoolean());
        shared.put("externalHost", general.path("externalHost").asText(""));
        shared.put("internalHost", general.path("internalHost").asText(""));
        shared.put("maxThreads", general.path("maxNumberOfThreads").asInt(information.path("maxThreads").asInt()));
        shared.put("overrideUrl", general.path("overrideUrl").asBoolean());
        shared.put("sslCertificateId", general.path("sslCertificate").asText(""));
        if (general.path("overrideUrl").asBoolean()) {
            shared.put("url", general.path("baseUrl").asText(""));
        }
        for (JsonNode port : general.path("listenerPorts").path("port")) {
            boolean ssl = port.path("ssl").asBoolean();
            String name = ssl ? "httpsPort" : "httpPort";
            if (!shared.has(name) && port.has("port")) {
                shared.set(name, port.get("port"));
                shared.set(ssl ? "externalHttpsPort" : "externalHttpPort",
                        port.hasNonNull("externalPort") ? port.get("externalPort") : NODES.nullNode());
            }
        }
        return shared;
    }

    /** Objects merged property by property; a list or a value replaces; {@code null} removes. */
    private static void merge(ObjectNode into, JsonNode changes) {
        changes.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                into.remove(field.getKey());
            } else if (value.isObject() && into.path(field.getKey()).isObject()) {
                merge((ObjectNode) into.get(field.getKey()), value);
            } else {
                into.set(field.getKey(), value.deepCopy());
            }
        });
    }
}
