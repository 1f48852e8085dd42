package io.planextract.model;

/**
 * Something a reviewer should look at. {@code code} is stable (for filtering), {@code message} is for people.
 */
public record Warning(String code, String message, Origin origin) {
    public static Warning of(String code, String message, Origin origin) {
        return new Warning(code, message, origin);
    }
}
