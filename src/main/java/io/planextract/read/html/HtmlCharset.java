package io.planextract.read.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes an HTML page the way a browser would pick its charset: byte-order mark, then the page's own
 * {@code <meta charset>} or {@code http-equiv} declaration, then detection. The GB family is always decoded as
 * GB18030: pages labelled GB2312 routinely contain GBK characters (and GB18030 is a superset of both).
 */
public final class HtmlCharset {
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Browsers look for the declaration in the first 1024 bytes; Word pages put it a little later. */
    private static final int PRESCAN = 8192;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            // a page labelled UTF-8 that is not valid UTF-8 was mislabelled by its editor: detect instead
            if (!declared.equals(StandardCharsets.UTF_8) || isUtf8(bytes)) {
                return new String(bytes, declared);
            }
        }
        return new String(bytes, detected(bytes));
    }

    /** The charset the page declares, or null when it declares none we know. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        while (m.find()) {
            Charset c = forName(m.group(1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    static Charset detected(byte[] bytes) {
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        Charset c = forName(detector.getDetectedCharset());
        // the pages we read are Chinese: when detection has no opinion, or guesses a Western single-byte charset
        // for bytes that are perfectly good GB18030 (short GBK pages fool it), GB18030 is the likely answer
        if (c == null || (isSingleByteWestern(c) && decodesCleanly(bytes, GB18030))) {
            return GB18030;
        }
        return c;
    }

    private static boolean isSingleByteWestern(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.startsWith("ISO-8859") || n.startsWith("WINDOWS-125") || n.startsWith("IBM") || n.startsWith("KOI8")
                || n.startsWith("X-MAC") || n.equals("US-ASCII") || n.startsWith("X-IBM");
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("gb18030")
                || n.equals("euc-cn") || n.equals("x-euc-cn") || n.equals("windows-936") || n.equals("ms936")) {
            return GB18030;
        }
        if (n.equals("unicode")) {
            return StandardCharsets.UTF_16LE; // what Word writes for "Unicode" pages
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        return decodesCleanly(bytes, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
