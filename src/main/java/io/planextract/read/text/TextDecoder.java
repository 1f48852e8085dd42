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
 * <li>other input with NUL or many control bytes anywhere (checked over the whole file, in one cheap pass, and
 * after a byte-order mark too) is binary and refused; NUL bytes padding the end are dropped;</li>
 * <li>valid UTF-8 is UTF-8, and so is UTF-8 with a few broken bytes (a truncated download, one bad copy): its
 * broken bytes become U+FFFD and {@link #decodeDetailed} says so;</li>
 * <li>anything else is read as GB18030, the superset of GB2312 and GBK that Chinese office files use, unless the
 * detector (juniversalchardet) recognises Big5 and Big5 decodes it cleanly.</li>
 * </ol>
 * Windows ({@code \r\n}) and old Mac ({@code \r}) line ends become {@code \n}; a leading byte-order mark goes.
 * {@link #decodeDetailed} also names the encoding chosen and, when the choice was a guess, says so for a warning.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 8192;
    private static final double PLAUSIBLE = 0.9;

    private TextDecoder() {
    }

    /**
     * Decoded text, the encoding it was read in, and a note when that encoding is a guess or the text had to be
     * mended (null when sure): the reader turns the note into a warning.
     */
    public record Decoded(String text, String encoding, String doubt) {
    }

    public static String decode(byte[] bytes) throws ReadException {
        return decodeDetailed(bytes).text();
    }

    public static Decoded decodeDetailed(byte[] bytes) throws ReadException {
        Decoded raw = decodeRaw(withoutNulPadding(bytes));
        return new Decoded(normalizeLineEnds(raw.text()), raw.encoding(), raw.doubt());
    }

    private static Decoded decodeRaw(byte[] bytes) throws ReadException {
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            refuseBinary(bytes, 3);
            return sure(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (hasPrefix(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return wide(new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32LE")), "UTF-32LE");
        }
        if (hasPrefix(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return wide(new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32BE")), "UTF-32BE");
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return wide(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return wide(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (hasPrefix(bytes, 0x84, 0x31, 0x95, 0x33)) {
            refuseBinary(bytes, 4);
            return sure(new String(bytes, 4, bytes.length - 4, GB18030), "GB18030");
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return wide(new String(bytes, utf16), utf16.name());
        }
        refuseBinary(bytes, 0);
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return sure(utf8, "UTF-8");
        }
        int broken = brokenUtf8(bytes);
        if (broken > 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "the text was read as UTF-8,"
                    + " though " + broken + " of its bytes are not valid UTF-8 (shown as \uFFFD)");
        }
        String detected = detect(bytes);
        if ("BIG5".equals(detected) || "EUC-TW".equals(detected)) {
            String big5 = strict(bytes, Charset.forName("Big5"));
            if (big5 != null) {
                return sure(big5, "Big5");
            }
        }
        String gb = new String(bytes, GB18030);
        double plausible = plausibility(gb);
        if (plausible < PLAUSIBLE && bytes.length % 2 == 0) {
            // UTF-16 without a mark and without any ASCII (so without NUL bytes) reads as noise in GB18030.
            for (Charset order : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                String text = strict(bytes, order);
                if (text != null && plausibility(text) >= PLAUSIBLE) {
                    return sure(text, order.name());
                }
            }
        }
        String doubt = plausible < PLAUSIBLE || !"GB18030".equals(detected) && !"GB2312".equals(detected)
                && !"GBK".equals(detected) && detected != null
                ? "the encoding is not certain: the text was read as GB18030 (the detector saw "
                        + (detected == null ? "nothing" : detected) + ")"
                : null;
        return new Decoded(gb, "GB18030", doubt);
    }

    private static Decoded sure(String text, String encoding) {
        return new Decoded(text, encoding, null);
    }

    /** Text of a UTF-16 or UTF-32 file, refused if it holds binary data (NUL and other controls decode as such). */
    private static Decoded wide(String text, String encoding) throws ReadException {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw binary(i);
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        if (control * 20 > text.length() || (text.length() > 64 && plausibility(text) < 0.5)) {
            throw binary(-1);
        }
        return sure(text, encoding);
    }

    private static ReadException binary(long at) {
        return new ReadException("this is not a text file (it holds binary data" + (at > 0 ? " from byte " + at : "")
                + "); plan-extract reads DOCX, DOC, HTML, OFD and text");
    }

    private static void refuseBinary(byte[] bytes, int from) throws ReadException {
        long at = binaryAt(bytes, from);
        if (at >= 0) {
            throw binary(at);
        }
    }

    /** Trailing NUL bytes are padding some tools leave (a preallocated file), not binary content. */
    private static byte[] withoutNulPadding(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        // UTF-16 and UTF-32 text has NUL bytes of its own, its last character's among them: left alone.
        if (end == bytes.length || end == 0 || hasPrefix(bytes, 0xFF, 0xFE) || hasPrefix(bytes, 0xFE, 0xFF)
                || hasPrefix(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return bytes;
        }
        for (int i = 0; i < Math.min(end, SAMPLE); i++) {
            if (bytes[i] == 0) {
                return bytes;
            }
        }
        return Arrays.copyOf(bytes, end);
    }

    /**
     * The most broken bytes that still leave text UTF-8: a few, and at most one per 20 valid multi-byte
     * characters. Text in GBK or Big5 breaks on most of its characters, so it never passes for UTF-8 here.
     */
    static int brokenUtf8(byte[] bytes) {
        int valid = 0;
        int broken = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                broken++;
                i++;
            }
        }
        return broken > 0 && broken <= 16 && broken * 20 <= valid ? broken : 0;
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
        return binaryAt(bytes, 0) >= 0;
    }

    /**
     * Where binary data starts, or -1: the first NUL byte, or the start of an 8 KB block in which more than one
     * byte in 20 is a control byte. One pass over the whole file, so binary data after text (a file glued to a
     * notice, a truncated copy padded with junk) is caught as surely as at the start.
     */
    static long binaryAt(byte[] bytes, int from) {
        for (int start = from; start < bytes.length; start += SAMPLE) {
            int end = Math.min(bytes.length, start + SAMPLE);
            int control = 0;
            for (int i = start; i < end; i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0) {
                    return i;
                }
                if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                    control++;
                }
            }
            // A short last block is judged with the one before, so that a few stray bytes at the end do not count.
            int size = end - start;
            if (size >= 512 || start == from ? control * 20 > size : control * 20 > SAMPLE) {
                return start;
            }
        }
        return -1;
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
