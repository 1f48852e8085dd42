package io.planextract.ledger;

import java.nio.charset.StandardCharsets;

/**
 * The address of a hyperlink to a file beside the workbook. Hyperlink addresses are URIs: a relative path whose
 * Chinese characters stay as they are (Excel and LibreOffice show and open them), with the ASCII characters a URI
 * does not allow ({@code space # % [ ]} …) percent-encoded, so a unit named {@code 区 财政局#2} still links.
 */
final class FileLinks {

    /** ASCII characters a URI path keeps as they are (RFC 3986 unreserved, sub-delims, ':', '@', '/'). */
    private static final String KEPT = "-._~!$&'()*+,;=:@/";

    private FileLinks() {
    }

    static String address(String relativePath) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < relativePath.length(); i++) {
            char c = relativePath.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || KEPT.indexOf(c) >= 0;
            if (plain || (c > 0x7F && !Character.isISOControl(c) && !Character.isSpaceChar(c))) {
                sb.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return sb.toString();
    }
}
