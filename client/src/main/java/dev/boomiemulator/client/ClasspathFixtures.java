package dev.boomiemulator.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fixture documents on the test's classpath, read the way the server reads its own: a {@code .json} resource,
 * or a folder whose {@code index} lists its documents (the classpath of a jar cannot be listed).
 */
final class ClasspathFixtures {
    private ClasspathFixtures() {
    }

    /** Source name ({@code classpath:...}) to document text, in load order. */
    static Map<String, String> read(String resource) {
        String trimmed = resource.startsWith("/") ? resource.substring(1) : resource;
        Map<String, String> documents = new LinkedHashMap<>();
        if (trimmed.endsWith(".json")) {
            documents.put("classpath:" + trimmed, text(trimmed));
            return documents;
        }
        String folder = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        for (String line : text(folder + "/index").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                documents.put("classpath:" + folder + "/" + name, text(folder + "/" + name));
            }
        }
        return documents;
    }

    private static String text(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ClasspathFixtures.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture resource '" + resource + "' on the classpath"
                        + (resource.endsWith("/index") ? " (a folder needs an index file naming its documents)" : ""));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
