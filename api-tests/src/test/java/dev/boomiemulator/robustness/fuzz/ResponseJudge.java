package dev.boomiemulator.robustness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every answer to a fuzz case must be: a 4xx (or a 2xx where the input happened to be valid) in the
 * family's error shape, as JSON, within two seconds; never a 5xx, a hang or a dropped connection.
 */
final class ResponseJudge {
    /**
     * The answer time the issue asks for (2 s), as bench/fuzz.sh judges it on a quiet machine. Inside mvn verify the
     * fuzz run shares two cores with the other test classes, so the build passes -Dfuzz.slowMillis with more room
     * (a hang is judged separately, at the socket timeout).
     */
    static final long SLOW_MILLIS = Long.getLong("fuzz.slowMillis", 2_000L);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseJudge() {
    }

    private static final String RATE_LIMIT_MESSAGE = "exceeded the allotted rate limit";

    static List<Finding> judge(FuzzRequest request, RawHttp.Answer answer) {
        List<Finding> findings = new ArrayList<>();
        if (answer.timedOut()) {
            findings.add(new Finding("hang", 0, request, answer.failure()));
            return findings;
        }
        if (answer.failure() != null) {
            findings.add(new Finding("connection dropped", 0, request, answer.failure()));
            return findings;
        }
        int status = answer.status();
        if (answer.millis() > SLOW_MILLIS) {
            findings.add(new Finding("slow (> " + SLOW_MILLIS + " ms)", status, request, answer.millis() + " ms"));
        }
        if (status >= 500 && !rateLimited(request, answer)) {
            findings.add(new Finding("5xx", status, request, excerpt(answer)));
        } else if (status < 200 || (status >= 300 && status < 400)) {
            findings.add(new Finding("unexpected status", status, request, excerpt(answer)));
        } else if (status < 300 && CaseGenerator.mustBeRefused(request)) {
            findings.add(new Finding("accepted what must be refused", status, request, excerpt(answer)));
        }
        if (request.operation().family() == Family.PLATFORM && isXml(answer)) {
            // the Platform answers XML unless the request's Accept names JSON, as the real service does
            if (status >= 400) {
                platformXmlErrorProblem(answer).ifPresent(why ->
                        findings.add(new Finding("wrong error shape: " + why, status, request, excerpt(answer))));
            } else if (answer.body().length > 0) {
                notXml(answer).ifPresent(why -> findings.add(new Finding(why, status, request, excerpt(answer))));
            }
            return findings;
        }
        Optional<String> typeProblem = answer.body().length > 0 || status >= 400 ? contentTypeProblem(answer) : Optional.empty();
        if (status < 300 && servedDocument(answer)) {
            // the front page, Swagger UI and the OpenAPI files are HTML and YAML by design (their document says so)
            typeProblem = Optional.empty();
        }
        Optional<String> shape = status >= 400
                ? shapeProblem(request.operation().family(), request.target(), answer) : Optional.empty();
        if (typeProblem.isPresent() && shape.isPresent() && shape.get().startsWith("not ")) {
            // an HTML or empty error page: one finding, not two
            findings.add(new Finding("error page " + shape.get() + " (" + typeProblem.get() + ")", status, request, excerpt(answer)));
        } else {
            typeProblem.ifPresent(why -> findings.add(new Finding(why, status, request, excerpt(answer))));
            shape.ifPresent(why -> findings.add(new Finding("wrong error shape: " + why, status, request, excerpt(answer))));
        }
        return findings;
    }

    /**
     * The Platform's documented 503 once a fuzzed {@code PUT /_emulator/limits} switched the rate limit on:
     * the answer the real service gives, not an emulator failure (the next restore switches it off).
     */
    private static boolean rateLimited(FuzzRequest request, RawHttp.Answer answer) {
        return answer.status() == 503 && request.operation().family() == Family.PLATFORM
                && answer.bodyText().contains(RATE_LIMIT_MESSAGE);
    }

    private static boolean servedDocument(RawHttp.Answer answer) {
        String type = answer.header("content-type");
        return type != null && (type.startsWith("text/html") || type.startsWith("application/yaml"));
    }

    private static boolean isXml(RawHttp.Answer answer) {
        String type = answer.header("content-type");
        return type != null && type.toLowerCase().startsWith("application/xml");
    }

    /** Why an answer that says it is XML does not parse as XML, or empty when it does. */
    private static Optional<String> notXml(RawHttp.Answer answer) {
        try {
            parseXml(answer);
            return Optional.empty();
        } catch (Exception notXml) {
            return Optional.of("not XML: " + notXml.getMessage());
        }
    }

    private static org.w3c.dom.Element parseXml(RawHttp.Answer answer) throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(answer.body())).getDocumentElement();
    }

    /** The Platform's XML error, as Boomi's document shows it: {@code <error><message>...</message></error>}. */
    private static Optional<String> platformXmlErrorProblem(RawHttp.Answer answer) {
        try {
            var root = parseXml(answer);
            var messages = root.getElementsByTagName("message");
            if (!root.getTagName().equals("error") || messages.getLength() != 1
                    || messages.item(0).getTextContent().isBlank()) {
                return Optional.of("not <error><message>...</message></error>");
            }
            return Optional.empty();
        } catch (Exception notXml) {
            return Optional.of("not XML: " + notXml.getMessage());
        }
    }

    private static Optional<String> contentTypeProblem(RawHttp.Answer answer) {
        String type = answer.header("content-type");
        if (type == null) {
            return Optional.of("no Content-Type");
        }
        return type.toLowerCase().startsWith("application/json") ? Optional.empty()
                : Optional.of("wrong Content-Type " + type.replaceAll(";.*", ""));
    }

    private static Optional<String> shapeProblem(Family family, String target, RawHttp.Answer answer) {
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (Exception e) {
            return Optional.of("not JSON");
        }
        if (body == null || !body.isObject()) {
            return Optional.of("not a JSON object");
        }
        if (!normalised(target).startsWith(family.prefix())) {
            // a broken path may no longer name the family (dot segments are resolved as the server resolves
            // them, /v1/./../accounts is /accounts): any family's error shape will do
            for (Family any : Family.values()) {
                if (any.errorShapeProblem(body).isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        return family.errorShapeProblem(body);
    }

    /** The target with its dot segments resolved; as sent when it is not a parseable URI. */
    private static String normalised(String target) {
        try {
            return java.net.URI.create(target).normalize().getRawPath();
        } catch (IllegalArgumentException unparseable) {
            return target;
        }
    }

    static String excerpt(RawHttp.Answer answer) {
        String text = answer.bodyText().replace("\n", " ");
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
