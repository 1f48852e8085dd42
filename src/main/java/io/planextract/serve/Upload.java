package io.planextract.serve;

import java.util.Locale;

/**
 * One uploaded notice: its bytes and the name it goes by. The name is only a label (it becomes
 * {@code source.path} and names the notice in messages, exactly as a path does on the command line) and a hint
 * for the {@code format-mismatch} warning; the format is always read from the content, and nothing is ever
 * opened by that name.
 */
public record Upload(byte[] content, String name) {
    /** The longest name accepted: a label, not a document. */
    static final int MAX_NAME_CHARS = 1024;

    /** A name for an upload that came without one, from its {@code Content-Type}: the extension it implies. */
    static String nameFor(String contentType) {
        if (contentType == null) {
            return "upload";
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return switch (type) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "upload.docx";
            case "application/msword", "application/vnd.ms-works", "application/kswps", "application/wps-office.wps"
                    -> "upload.doc";
            case "text/html", "application/xhtml+xml" -> "upload.html";
            case "text/plain" -> "upload.txt";
            default -> "upload";
        };
    }

    /** A name given by the client, checked to be a label a clerk could read. */
    static String checkedName(String name) {
        if (name.isBlank()) {
            throw ApiError.badRequest("the name is empty");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw ApiError.badRequest("the name is longer than " + MAX_NAME_CHARS + " characters");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiError.badRequest("the name holds control characters");
        }
        return name;
    }
}
