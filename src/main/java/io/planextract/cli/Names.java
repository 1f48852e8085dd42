package io.planextract.cli;

/**
 * File names as they appear in messages. A name may hold a newline, which would split one failure into two
 * lines, or terminal escape codes, which could rewrite what the user sees; such characters are shown escaped
 * ({@code \n}, {@code \u001b}), so each failure stays one honest line. Ordinary names, Chinese ones included, are
 * shown as they are.
 */
final class Names {
    private Names() {
    }

    static String quote(String name) {
        if (name.codePoints().noneMatch(Names::unsafe)) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length() + 8);
        name.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (unsafe(cp)) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what a terminal shows. */
    private static boolean unsafe(int cp) {
        return Character.isISOControl(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
