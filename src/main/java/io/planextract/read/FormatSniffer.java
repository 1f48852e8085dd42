package io.planextract.read;

import io.planextract.doc.Format;

/** Recognises an input's format from its first bytes, not its name. */
public final class FormatSniffer {
    private FormatSniffer() {
    }

    public static Format sniff(byte[] content) throws ReadException {
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return Format.DOCX;
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Format.DOC;
        }
        if (startsWith(content, "%PDF".getBytes())) {
            throw new ReadException("this is a PDF file; plan-extract reads DOCX, DOC, HTML and text");
        }
        String head = new String(content, 0, Math.min(content.length, 1024),
                java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
