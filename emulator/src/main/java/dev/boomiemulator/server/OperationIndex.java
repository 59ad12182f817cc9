package dev.boomiemulator.server;

import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiPath;
import com.atlassian.oai.validator.model.ApiPathImpl;
import com.atlassian.oai.validator.model.NormalisedPath;
import com.atlassian.oai.validator.model.NormalisedPathImpl;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds a request's operation in an OpenAPI document with exactly the answer of swagger-request-validator's
 * {@link ApiOperationResolver}, at a fraction of the cost.
 *
 * <p>The library matches the request path against every template with as many parts, compiling a regular
 * expression for every part of every template on every request: most of a cheap GET's cost. Here each
 * template's parts are compiled once, and for each Javalin route the templates that could ever match one of its
 * requests are worked out once (usually one): a request then tests only those. The choice among several
 * matches is the library's: a template equal to the path wins, else the most literal characters, the first in
 * document order on a tie. {@code OperationIndexTest} checks the answers against the library's resolver.
 */
final class OperationIndex {
    /** The paths the document's servers put before every template: the emulator's documents all say "/". */
    static final String BASE_PATH = "/";
    /** A Javalin path parameter that is one whole segment, "{id}" (not "{id}.json", "<rest>" or "*"). */
    private static final Pattern JAVALIN_SEGMENT_PARAMETER = Pattern.compile("\\{[^{}<>*]+}");
    /** A template's parameter, as the library reads it. */
    private static final String TEMPLATE_PARAMETER = "\\{(.*?)}";
    /** The library's pattern for a template part: literal text around lazy groups, case-insensitive. */
    private static final String PARAMETER_GROUP = "\\\\E(.*?)\\\\Q";

    private final Map<Integer, List<Template>> templatesByParts = new ConcurrentHashMap<>();
    /** Per route: the templates its requests can match. Keyed by "METHOD path", built on a route's first request. */
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    OperationIndex(OpenAPI api) {
        for (Server server : Optional.ofNullable(api.getServers()).orElse(List.of())) {
            if (server.getUrl() != null && !server.getUrl().equals(BASE_PATH)) {
                throw new IllegalStateException("request paths are read against the base path " + BASE_PATH
                        + ", the document's server says " + server.getUrl());
            }
        }
        if (api.getPaths() != null) {
            // most parts recur across templates ("api", "rest", "v1", "{accountId}"): each is compiled once
            Map<String, Pattern> compiledParts = new HashMap<>();
            api.getPaths().forEach((path, item) -> {
                Template template = new Template(new ApiPathImpl(path, BASE_PATH, false), item.readOperationsMap(),
                        compiledParts);
                templatesByParts.computeIfAbsent(template.path.numberOfParts(), parts -> new ArrayList<>()).add(template);
            });
        }
    }

    /** The operation for a request, looked at from scratch: what {@link ApiOperationResolver} finds, or empty. */
    Optional<ApiOperation> find(String requestPath, HttpMethod method) {
        NormalisedPath request = new NormalisedPathImpl(requestPath, BASE_PATH);
        return choose(templatesByParts.getOrDefault(request.numberOfParts(), List.of()), request, method, null);
    }

    /**
     * The operation for a request that Javalin routed to {@code routePath} (its template, e.g.
     * "/api/rest/v1/{accountId}/Environment/{id}", as the document would write it). The same answer as
     * {@link #find(String, HttpMethod)}, but only the route's candidate templates are tried.
     */
    Optional<ApiOperation> find(String routePath, String requestPath, HttpMethod method) {
        Route route = routes.computeIfAbsent(method + " " + routePath, key -> new Route(routePath, method));
        NormalisedPath request = new NormalisedPathImpl(requestPath, BASE_PATH);
        if (!route.fits(request)) {
            // a request Javalin matched with other literal text than the template's (letter case, escapes,
            // empty segments): the candidates were chosen for the template's own text, so look from scratch
            return choose(templatesByParts.getOrDefault(request.numberOfParts(), List.of()), request, method, null);
        }
        return choose(route.candidates, request, method, route.literals);
    }

    /**
     * The library's choice: the templates that match the request and have the method; the one equal to the
     * request path if any, else the one with the most literal characters (the first of equals).
     * {@code knownLiterals} marks parts already known to match (the route's literal text).
     */
    private static Optional<ApiOperation> choose(List<Template> templates, NormalisedPath request, HttpMethod method,
            String[] knownLiterals) {
        Template chosen = null;
        for (Template template : templates) {
            if (!template.operations.containsKey(method) || !template.matches(request, knownLiterals)) {
                continue;
            }
            if (template.path.normalised().equalsIgnoreCase(request.normalised())) {
                chosen = template;
                break;
            }
            if (chosen == null || template.specificity > chosen.specificity) {
                chosen = template;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(new ApiOperation(chosen.path, request, method, chosen.operations.get(method)));
    }

    /** A path template of the document, its parts compiled once. */
    private static final class Template {
        final ApiPath path;
        final Pattern[] parts;
        final Map<HttpMethod, Operation> operations;
        /** The library's tie-breaker: how many characters of the template are literal. */
        final int specificity;

        Template(ApiPath path, Map<HttpMethod, Operation> operations, Map<String, Pattern> compiledParts) {
            this.path = path;
            this.parts = new Pattern[path.numberOfParts()];
            for (int i = 0; i < parts.length; i++) {
                // what ApiPathImpl.partMatches compiles on every call
                parts[i] = compiledParts.computeIfAbsent(path.part(i), part -> Pattern.compile(
                        Pattern.quote(part).replaceAll(TEMPLATE_PARAMETER, PARAMETER_GROUP), Pattern.CASE_INSENSITIVE));
            }
            this.operations = operations.isEmpty() ? Map.of() : new EnumMap<>(operations);
            this.specificity = path.normalised().replaceAll("\\{.+?}", "").length();
        }

        boolean matches(NormalisedPath request, String[] knownLiterals) {
            if (request.numberOfParts() != parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                boolean known = knownLiterals != null && knownLiterals[i] != null;
                if (!known && !parts[i].matcher(request.part(i)).matches()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A Javalin route and the templates its requests can match: those with its method and as many parts whose
     * parts match the route's literal segments (a route parameter can be any text, so any template part fits it).
     */
    private final class Route {
        /** The route's literal segments by part; null where the route takes a parameter. */
        final String[] literals;
        final List<Template> candidates = new ArrayList<>();
        /** False for a route whose parameters are not whole segments: every request is looked up from scratch. */
        final boolean exact;

        Route(String routePath, HttpMethod method) {
            NormalisedPath route = new NormalisedPathImpl(routePath, BASE_PATH);
            literals = new String[route.numberOfParts()];
            boolean wholeSegments = true;
            for (int i = 0; i < literals.length; i++) {
                String part = route.part(i);
                if (JAVALIN_SEGMENT_PARAMETER.matcher(part).matches()) {
                    continue;
                }
                if (part.indexOf('{') >= 0 || part.indexOf('<') >= 0 || part.indexOf('*') >= 0) {
                    wholeSegments = false;
                }
                literals[i] = part;
            }
            exact = wholeSegments;
            for (Template template : templatesByParts.getOrDefault(literals.length, List.of())) {
                if (template.operations.containsKey(method) && fitsLiterals(template)) {
                    candidates.add(template);
                }
            }
        }

        private boolean fitsLiterals(Template template) {
            for (int i = 0; i < literals.length; i++) {
                if (literals[i] != null && !template.parts[i].matcher(literals[i]).matches()) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the request has the route's very literal segments, so only the candidates can match it. */
        boolean fits(NormalisedPath request) {
            if (!exact || request.numberOfParts() != literals.length) {
                return false;
            }
            for (int i = 0; i < literals.length; i++) {
                if (literals[i] != null && !literals[i].equals(request.part(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
