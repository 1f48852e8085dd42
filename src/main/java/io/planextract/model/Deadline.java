package io.planextract.model;

/**
 * A task's deadline: the text as printed, its kind ({@code ongoing}, {@code by}, {@code year}, {@code other})
 * and the date it resolves to (ISO), or null.
 */
public record Deadline(String text, String kind, String date) {
}
