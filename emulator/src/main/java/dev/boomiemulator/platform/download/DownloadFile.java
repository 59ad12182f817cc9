package dev.boomiemulator.platform.download;

/**
 * A file a download URL answers: its name (for {@code Content-Disposition}), type and bytes. The name is made
 * {@link #safe}: it may carry a caller's text (a worker's name, a connector record's id).
 */
public record DownloadFile(String fileName, String contentType, byte[] content) {
    public DownloadFile {
        fileName = safe(fileName);
    }

    /**
     * A caller's text as (part of) a file name: in a zip, a path in it would unpack outside the caller's folder and a
     * lone surrogate has no UTF-8 to name an entry with; in {@code Content-Disposition}, a quote or a control would end
     * or break the header. Each such character becomes {@code _}.
     */
    static String safe(String text) {
        StringBuilder name = new StringBuilder(text.length());
        text.codePoints().forEach(c -> name.appendCodePoint(c == '/' || c == '\\' || c == '"'
                || Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '_' : c));
        return name.toString();
    }
}
