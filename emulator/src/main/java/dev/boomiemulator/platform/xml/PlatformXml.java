package dev.boomiemulator.platform.xml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.platform.PlatformAnswers;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.PlatformRequests;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * XML on the Platform API, as the real service speaks it: answers are XML unless the request's {@code Accept}
 * prefers JSON, and a request body that is XML is read as XML whatever its {@code Content-Type}. Handlers only
 * ever see and produce JSON: a body is turned into JSON before validation ({@link #jsonBody}), and an answer into
 * XML once it is made ({@link #answer}), both by the official document's schema for the operation.
 */
public final class PlatformXml {
    private static final String JSON_BODY = "platform.jsonBody";
    /** {@code POST /{Object}/{id}/update} is the document's {@code POST /{Object}/{id}}. */
    private static final Pattern UPDATE_SUFFIX = Pattern.compile("(/\\{id})/update$");
    /**
     * The document's operation per method and matched route: every JSON answer asks whether its operation answers in
     * XML only, and finding it through the patterns above and the document's key was 3% of a GET's CPU. Routes are
     * the same few hundred in every server of the JVM, so this stays small.
     */
    private static final Map<String, Optional<OfficialSchemas.Operation>> OPERATIONS = new ConcurrentHashMap<>();

    private PlatformXml() {
    }

    /** Starts reading the official document now, so that the first XML request does not wait for it. */
    public static void prepare() {
        OfficialSchemas.loadInBackground();
    }

    /**
     * The request body as JSON text, the same for validation and for the handler: an XML body converted once,
     * any other returned as sent.
     */
    public static String jsonBody(Context ctx) {
        String converted = ctx.attribute(JSON_BODY);
        if (converted != null) {
            return converted;
        }
        String body = ctx.body();
        if (!looksLikeXml(body)) {
            return body;
        }
        SchemaView schema = schema(ctx, OfficialSchemas.Operation::request, objectOfRoute(ctx));
        try {
            converted = XmlReader.read(body, schema).toString();
        } catch (JsonProcessingException e) {
            throw PlatformException.badRequest("The request body is not well-formed XML: " + e.getOriginalMessage());
        }
        ctx.attribute(JSON_BODY, converted);
        return converted;
    }

    /** Whether the caller wants XML: unless {@code Accept} names JSON ahead of XML, as the real service decides. */
    public static boolean wantsXml(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null) {
            return true;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int json = lower.indexOf("json");
        int xml = lower.indexOf("xml");
        return json < 0 || (xml >= 0 && xml < json);
    }

    /** Whether the answer goes out as XML: the caller wants XML, or the operation answers in nothing else. */
    public static boolean answersInXml(Context ctx) {
        return wantsXml(ctx) || answersXmlOnly(ctx);
    }

    /** Rewrites a JSON answer as XML when the caller wants XML; any other answer (a file, a token) stays as it is. */
    public static void answer(Context ctx) {
        String contentType = ctx.res().getContentType();
        if (!answersInXml(ctx) || contentType == null || !contentType.contains("json")) {
            return;
        }
        JsonNode body;
        try {
            body = PlatformAnswers.json(ctx);
        } catch (IOException notJson) {
            return;
        }
        if (body == null) {
            return;
        }
        ctx.result(xmlFor(ctx, body)).contentType("application/xml;charset=utf-8");
    }

    /** Whether the document gives the operation's answer in XML only (a component's XML). */
    private static boolean answersXmlOnly(Context ctx) {
        return operation(ctx).map(OfficialSchemas.Operation::xmlOnly).orElse(false);
    }

    private static String xmlFor(Context ctx, JsonNode body) {
        if (ctx.statusCode() >= 400) {
            return XmlWriter.error(body.path("message").asText(""));
        }
        if (!body.isObject()) {
            // a delete's JSON "true": the document's answer has no body
            return "";
        }
        String type = body.path("@type").asText("");
        SchemaView described = schema(ctx, OfficialSchemas.Operation::response, type);
        if (!type.isEmpty() && !type.equals(described.rootName(type))) {
            // an answer the document describes otherwise (the async poll's AsyncOperationResult wrapper, where the
            // document says ExecutionRecord): its own type's schema if the document has one, else none
            described = SchemaView.of(OfficialSchemas.get(), OfficialSchemas.get().named(type));
        }
        return XmlWriter.write(body, described);
    }

    /**
     * The schema of one side of the operation the matched route serves; where the document does not describe the
     * operation (a create the seeds added, say), the document's schema of the object itself.
     */
    private static SchemaView schema(Context ctx, Function<OfficialSchemas.Operation, JsonNode> side, String object) {
        OfficialSchemas document = OfficialSchemas.get();
        JsonNode schema = operation(ctx).map(side).orElse(null);
        return SchemaView.of(document, schema != null ? schema : document.named(object));
    }

    /** The document's operation for the matched route, if a route matched and the document describes it. */
    private static Optional<OfficialSchemas.Operation> operation(Context ctx) {
        Endpoint route = ctx.endpoints().matchedHttpEndpoint();
        if (route == null) {
            return Optional.empty();
        }
        String method = ctx.method().name();
        return OPERATIONS.computeIfAbsent(method + " " + route.path,
                key -> OfficialSchemas.get().operation(method, documentPath(route.path)));
    }

    /** A route as the document writes its paths: {@code /Environment/{id}}. */
    private static String documentPath(String route) {
        return UPDATE_SUFFIX.matcher(PlatformRequests.objectRoute(route)).replaceFirst("$1");
    }

    /** The object a route is about: its first segment ({@code Process} for {@code /Process/{id}}). */
    private static String objectOfRoute(Context ctx) {
        Endpoint route = ctx.endpoints().matchedHttpEndpoint();
        String path = route == null ? "/" : documentPath(route.path);
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    private static boolean looksLikeXml(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }
}
