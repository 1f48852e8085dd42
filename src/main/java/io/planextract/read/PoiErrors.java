package io.planextract.read;

import java.util.Locale;

/** Turns what POI throws at a bad file into a sentence a clerk can act on. */
public final class PoiErrors {
    private static final java.util.regex.Pattern QUALIFIED_NAME =
            java.util.regex.Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[\\w.$]*[A-Z]");

    private PoiErrors() {
    }

    public static ReadException damaged(String format, Throwable e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("max entry size") || lower.contains("max file count")
                || lower.contains("maxentrysize") || lower.contains("file count")) {
            return new ReadException("this " + format + " file expands to far more data than a document holds"
                    + " (it looks like a zip bomb); it was not read", e);
        }
        if (lower.contains("encrypt") || lower.contains("password")) {
            return new ReadException("this " + format + " file is password-protected; open it in Word, remove"
                    + " the password and save it again", e);
        }
        String reason = firstLine(detail);
        // what a library says about its own state (a null here, an index there) means nothing to a clerk
        boolean telling = (e instanceof java.io.IOException || e.getClass().getName().startsWith("org.apache.poi"))
                && !reason.isBlank() && !QUALIFIED_NAME.matcher(reason).find();
        return new ReadException("this " + format + " file is damaged and cannot be opened"
                + (telling ? ": " + reason : ""), e);
    }

    /** The first line of a library message, without the exception class names libraries prefix to it. */
    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).strip();
        String previous;
        do {
            previous = line;
            line = line.replaceFirst("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\s*:\\s*", "")
                    .replaceFirst("^(?i)error:\\s*", "");
        } while (!line.equals(previous));
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
