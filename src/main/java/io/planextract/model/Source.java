package io.planextract.model;

/** The input a result came from: its path as given, the format read from its content, and its SHA-256. */
public record Source(String path, String format, String sha256) {
}
