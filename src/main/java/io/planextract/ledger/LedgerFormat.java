package io.planextract.ledger;

import java.util.Locale;

/** The file format of the per-unit ledgers. */
public enum LedgerFormat {
    CSV("csv"),
    XLSX("xlsx");

    private final String extension;

    LedgerFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code xlsx}, any case. */
    public static LedgerFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
