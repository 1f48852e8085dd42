package io.planextract.write;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Output formats, chosen by {@code --format} or the extension of {@code -o}. */
public enum OutputFormat {
    JSON("json"), JSONL("jsonl"), CSV("csv"), XLSX("xlsx");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<OutputFormat> fromPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
