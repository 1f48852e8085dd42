package io.planextract.normalize;

/** Kept for callers written before the grammar package: see {@link io.planextract.grammar.Simplified}. */
public final class Simplified {
    private Simplified() {
    }

    public static String of(String text) {
        return io.planextract.grammar.Simplified.of(text);
    }

    public static char of(char c) {
        return io.planextract.grammar.Simplified.of(c);
    }
}
