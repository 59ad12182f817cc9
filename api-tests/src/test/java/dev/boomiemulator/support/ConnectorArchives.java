package dev.boomiemulator.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Connector archives for ConnectorVersion uploads: the emulator accepts any real .zip. */
public final class ConnectorArchives {
    private ConnectorArchives() {
    }

    /** A minimal connector archive: one descriptor in a zip. */
    public static byte[] minimal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("connector-config.xml"));
            zip.write("<GenericConnector/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
