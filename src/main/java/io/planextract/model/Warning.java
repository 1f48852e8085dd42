package io.planextract.model;

/**
 * Something a reviewer should look at. {@code code} is stable (for filtering), {@code message} is for people.
 * Warnings are made from their kind: {@code WarningCode.SEQ_GAP.at(origin, 3, 5)}; every kind is listed, with its
 * Chinese message, in {@link WarningCode} and documented in docs/warnings.md.
 */
public record Warning(String code, String message, Origin origin) {
    /**
     * A warning with a code of its own.
     *
     * @deprecated add the kind to {@link WarningCode} (and docs/warnings.md) and use {@link WarningCode#at};
     *     kept only so that code written before the enum still compiles
     */
    @Deprecated
    public static Warning of(String code, String message, Origin origin) {
        return new Warning(code, message, origin);
    }
}
