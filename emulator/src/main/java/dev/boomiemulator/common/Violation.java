package dev.boomiemulator.common;

import java.util.List;

/**
 * One thing wrong with a request, as request validation found it: where ({@code in}: path, query,
 * header, body), the location inside it ({@code loc}, e.g. {@code ["QueryFilter","expression"]}), a
 * machine key ({@code missing}, {@code type}, ...) and a message. Each family renders a list of these in
 * its own error shape.
 */
public record Violation(String in, List<String> loc, String type, String message) {
    public String describe() {
        String where = loc.isEmpty() ? in : in + " " + String.join(".", loc);
        return where + ": " + message;
    }
}
