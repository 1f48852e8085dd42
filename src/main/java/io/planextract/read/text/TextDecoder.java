package io.planextract.read.text;

import io.planextract.read.ReadException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text input into characters, without the user naming the encoding:
 * <ol>
 * <li>a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE, GB18030);</li>
 * <li>UTF-16 without a mark is recognised by its NUL bytes and by decoding, in one byte order, to plausible
 * text — so it is not taken for binary data;</li>
 * <li>other input with NUL or many control bytes is binary and refused;</li>
 * <li>valid UTF-8 is UTF-8;</li>
 * <li>anything else is read as GB18030, the superset of GB2312 and GBK that Chinese office files use, unless the
 * detector (juniversalchardet) recognises Big5 and Big5 decodes it cleanly.</li>
 * </ol>
 * Windows ({@code \r\n}) and old Mac ({@code \r}) line ends become {@code \n}; a leading byte-order mark goes.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 8192;
    private static final double PLAUSIBLE = 0.9;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws ReadException {
        return normalizeLineEnds(decodeRaw(bytes));
    }

    private static String decodeRaw(byte[] bytes) throws ReadException {
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (hasPrefix(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32LE"));
        }
        if (hasPrefix(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32BE"));
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (hasPrefix(bytes, 0x84, 0x31, 0x95, 0x33)) {
            return new String(bytes, 4, bytes.length - 4, GB18030);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        if (looksBinary(bytes)) {
            throw new ReadException("this is not a text file (it holds binary data); plan-extract reads DOCX, DOC,"
                    + " HTML and text");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String detected = detect(bytes);
        if ("BIG5".equals(detected) || "EUC-TW".equals(detected)) {
            String big5 = strict(bytes, Charset.forName("Big5"));
            if (big5 != null) {
                return big5;
            }
        }
        String gb = new String(bytes, GB18030);
        if (plausibility(gb) < PLAUSIBLE && bytes.length % 2 == 0) {
            // UTF-16 without a mark and without any ASCII (so without NUL bytes) reads as noise in GB18030.
            for (Charset order : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                String text = strict(bytes, order);
                if (text != null && plausibility(text) >= PLAUSIBLE) {
                    return text;
                }
            }
        }
        return gb;
    }

    /** The charset juniversalchardet sees, upper case, or null. */
    static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }

    /**
     * UTF-16 LE or BE without a byte-order mark: text with any ASCII in it (line ends, digits, spaces) has NUL
     * bytes, which ordinary text never has. Both byte orders are tried; the one that decodes to the characters a
     * notice is written in (CJK, ASCII, full-width forms, punctuation) wins. Counting NULs by position is not
     * enough: 开 is U+5F00, and 政务公开 is in every such notice.
     */
    static Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        if (n < 4) {
            return null;
        }
        boolean nul = false;
        for (int i = 0; i < n && !nul; i++) {
            nul = bytes[i] == 0;
        }
        if (!nul) {
            return null;
        }
        double le = plausibility(sample(bytes, n, StandardCharsets.UTF_16LE));
        double be = plausibility(sample(bytes, n, StandardCharsets.UTF_16BE));
        if (Math.max(le, be) < PLAUSIBLE) {
            return null;
        }
        return le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static String sample(byte[] bytes, int n, Charset charset) {
        String text = strict(Arrays.copyOf(bytes, n), charset);
        if (text == null && n < bytes.length && n >= 6) {
            text = strict(Arrays.copyOf(bytes, n - 2), charset); // the sample may end inside a surrogate pair
        }
        return text;
    }

    /** The share of characters a notice is written in: CJK, ASCII text, full-width forms and punctuation. */
    static double plausibility(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                    || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F) || c == 0xA0 || c == 0xFEFF || (c >= 0x2460 && c <= 0x24FF)
                    || c == 0xB7 || c == 0xD7;
            if (ok) {
                good++;
            }
        }
        return (double) good / text.length();
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}; a byte-order mark left at the start goes. */
    static String normalizeLineEnds(String text) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** NUL bytes and other control bytes never occur in a text notice but fill every binary format. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean hasPrefix(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
