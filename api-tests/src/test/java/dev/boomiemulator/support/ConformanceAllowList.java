package dev.boomiemulator.support;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasoned exceptions to Boomi's document: where it contradicts itself, the seeds or what the real service
 * sends, the emulator follows them and the finding is listed in {@code conformance-allowlist.yaml}, each entry
 * with a reason. Nothing else is forgiven.
 */
final class ConformanceAllowList {
    static final String RESOURCE = "conformance-allowlist.yaml";
    /** The names at the end of "...not allowed by the schema: ["@type","createdDate"]". */
    private static final Pattern LISTED_NAMES = Pattern.compile("\\[([^\\[\\]]*)]$");

    private final List<Entry> entries;

    private ConformanceAllowList(List<Entry> entries) {
        this.entries = entries;
    }

    static ConformanceAllowList load() {
        try (InputStream in = ConformanceAllowList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            Document document = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Document.class);
            List<Entry> entries = document.allowed() == null ? List.of() : document.allowed();
            entries.forEach(Entry::checkComplete);
            return new ConformanceAllowList(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean allows(Finding finding) {
        return entries.stream().anyMatch(entry -> entry.matches(finding));
    }

    /** One message of a report, reduced to what an entry can name. */
    record Finding(String operation, String key, String pointer, String schema, String message) {
        static Finding of(String operation, ValidationReport.Message message) {
            var pointers = message.getContext().flatMap(ValidationReport.MessageContext::getPointers);
            String instance = pointers.map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
            String schema = pointers.map(ValidationReport.MessageContext.Pointers::getSchema).orElse("");
            return new Finding(operation, message.getKey(), generalise(instance), schema,
                    message.getMessage().replaceFirst("^\\[Path '[^']*'] ", ""));
        }

        /** The instance pointer with array indexes as {@code *} (so one entry covers a list), the root "/". */
        static String generalise(String pointer) {
            String general = pointer.replaceAll("/\\d+(?=/|$)", "/*");
            return general.isEmpty() ? "/" : general;
        }

        /** The property names a message lists at its end (unexpected or missing ones), or none. */
        Set<String> listedNames() {
            Matcher names = LISTED_NAMES.matcher(message);
            if (!names.find()) {
                return Set.of();
            }
            return Set.copyOf(Arrays.stream(names.group(1).split(","))
                    .map(name -> name.trim().replaceAll("^\"|\"$", ""))
                    .filter(name -> !name.isEmpty())
                    .toList());
        }

        @Override
        public String toString() {
            return operation + " " + key + " " + pointer + " " + schema + " " + message;
        }
    }

    record Document(List<Entry> allowed) {
    }

    /**
     * An exception. {@code key}: the message key. Then any of: {@code operation} ("POST /PackagedComponent/query",
     * the document's path template; globs as for pointers), {@code pointer} (into the response; indexes as {@code *}, {@code **} for
     * any run of segments), {@code schema} (the document's schema pointer, "/components/schemas/Environment"),
     * {@code properties} (the message's listed names must all be among these), {@code contains} (a text of the
     * message). {@code reason}: why the emulator is right.
     */
    record Entry(String key, String operation, String pointer, String schema, List<String> properties,
                 String contains, String reason) {
        void checkComplete() {
            if (key == null || reason == null || reason.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": every entry needs a key and a reason: " + this);
            }
        }

        boolean matches(Finding finding) {
            return key.equals(finding.key())
                    && (operation == null || glob(operation).matcher(finding.operation()).matches())
                    && (pointer == null || glob(pointer).matcher(finding.pointer()).matches())
                    && (schema == null || schema.equals(finding.schema()))
                    && (properties == null || Set.copyOf(properties).containsAll(finding.listedNames()))
                    && (contains == null || finding.message().contains(contains));
        }

        private static Pattern glob(String pointer) {
            StringBuilder regex = new StringBuilder();
            for (String part : pointer.split("(?<=\\*\\*)|(?=\\*\\*)")) {
                regex.append(part.equals("**") ? ".*"
                        : Arrays.stream(part.split("\\*", -1)).map(Pattern::quote)
                                .reduce((a, b) -> a + "[^/ ]+" + b).orElse(""));
            }
            return Pattern.compile(regex.toString());
        }
    }
}
