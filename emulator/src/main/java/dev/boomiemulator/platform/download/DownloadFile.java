package dev.boomiemulator.platform.download;

/** A file a download URL answers: its name (for {@code Content-Disposition}), type and bytes. */
public record DownloadFile(String fileName, String contentType, byte[] content) {
}
