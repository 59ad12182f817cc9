package dev.boomiemulator.support;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reasoned exceptions to Boomi's document: where it contradicts itself or what the real service sends,
 * the emulator follows the service and the finding is listed in {@code conformance-allowlist.yaml}, one entry
 * per finding, each with a reason. Nothing else is forgiven.
 */
final class ConformanceAllowList {
    static final String RESOURCE = "conformance-allowlist.yaml";

    private final List<Entry> entries;

    private ConformanceAllowList(List<Entry> entries) {
        this.entries = entries;
    }

    static ConformanceAllowList load() {
        try (InputStream in = ConformanceAllowList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            Document document = new ObjectMapper(new YAMLFactory()).readValue(in, Document.class);
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
    record Finding(String operation, String key, String pointer, String message) {
        /** The instance pointer with array indexes as {@code *}, so one entry covers every item of a list. */
        static String generalise(String pointer) {
            return pointer.replaceAll("/\\d+(?=/|$)", "/*");
        }

        static Finding of(String operation, ValidationReport.Message message) {
            String pointer = message.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance)
                    .map(Finding::generalise)
                    .orElse("");
            return new Finding(operation, message.getKey(), pointer, message.getMessage());
        }

        @Override
        public String toString() {
            return operation + " " + key + " " + (pointer.isEmpty() ? "/" : pointer) + " " + message;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record Document(List<Entry> allowed) {
    }

    /**
     * An exception: the message {@code key}, the response's JSON {@code pointer} (indexes as {@code *},
     * {@code **} for any), optionally the document's {@code operation} ("POST /PackagedComponent/query") and
     * a text the message must {@code contain}; the {@code reason} says why the emulator is right.
     */
    record Entry(String key, String pointer, String operation, String contains, String reason) {
        void checkComplete() {
            if (key == null || pointer == null || reason == null || reason.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": every entry needs key, pointer and reason: " + this);
            }
        }

        boolean matches(Finding finding) {
            return key.equals(finding.key())
                    && ("**".equals(pointer) || pointer.equals(finding.pointer()))
                    && (operation == null || operation.equals(finding.operation()))
                    && (contains == null || finding.message().contains(contains));
        }
    }
}
