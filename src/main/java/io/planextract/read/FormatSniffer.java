package io.planextract.read;

import io.planextract.doc.Format;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises an input's format from its content, never its name: clerks save DOCX as {@code .doc}, HTML as
 * {@code .doc}, and WPS files with any extension. Content we cannot read is refused with a message naming
 * what it is.
 */
public final class FormatSniffer {
    private static final String SUPPORTED = "plan-extract reads DOCX, DOC, HTML, PDF, OFD, text and spreadsheets"
            + " (XLSX, XLS, ET)";
    /** How far into a file HTML markup must start; Word's HTML puts long namespace lists before {@code <head>}. */
    private static final int HTML_WINDOW = 4096;

    private FormatSniffer() {
    }

    public static Format sniff(byte[] content) throws ReadException {
        if (content.length == 0) {
            throw new ReadException("the file is empty");
        }
        if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6)) {
            return sniffZip(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return sniffOle2(content);
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Format.PDF;
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G') || startsWith(content, 0xFF, 0xD8, 0xFF)
                || startsWith(content, 'G', 'I', 'F', '8') || startsWith(content, 'I', 'I', '*', 0)
                || startsWith(content, 'M', 'M', 0, '*')) {
            throw unsupported("an image");
        }
        if (startsWith(content, '{', '\\', 'r', 't', 'f')) {
            throw unsupported("an RTF file");
        }
        if (startsWith(content, 'R', 'a', 'r', '!') || startsWith(content, '7', 'z', 0xBC, 0xAF)) {
            throw unsupported("a compressed archive");
        }
        String head = head(content);
        if (head.startsWith("mime-version:") || head.contains("\nmime-version:")) {
            throw unsupported("a web archive (MHT); save it as a web page (HTML) or DOCX");
        }
        if (looksLikeHtml(head)) {
            return Format.HTML;
        }
        if (head.stripLeading().startsWith("<?xml") && head.contains("<workbook")
                && head.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            // systems export this as .xls; read as text it would give nothing a clerk could use
            throw unsupported("an Excel 2003 XML spreadsheet; open it in Excel or WPS and save it as XLSX");
        }
        return Format.TEXT;
    }

    /**
     * A warning when a file's name promises another format than its content has; the content wins.
     * Names without a known extension say nothing, so they never warn.
     */
    public static Optional<Warning> nameMismatch(String fileName, Format actual) {
        Format named = formatOfName(fileName);
        if (named == null || named == actual) {
            return Optional.empty();
        }
        String extension = fileName.substring(fileName.lastIndexOf('.'));
        String what = actual == Format.TEXT ? "纯文本" : actual.label().toUpperCase(Locale.ROOT);
        return Optional.of(WarningCode.FORMAT_MISMATCH.at(Origin.none(), extension, what));
    }

    static Format formatOfName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.indexOf('/', dot) >= 0 || name.indexOf('\\', dot) >= 0) {
            return null;
        }
        return switch (name.substring(dot + 1)) {
            case "docx", "docm", "dotx", "dotm" -> Format.DOCX;
            case "doc", "dot", "wps" -> Format.DOC;
            case "html", "htm", "xhtml", "shtml" -> Format.HTML;
            case "txt", "text" -> Format.TEXT;
            case "pdf" -> Format.PDF;
            case "ofd" -> Format.OFD;
            case "xlsx", "xlsm", "xltx", "xltm" -> Format.XLSX;
            case "xls", "xlt" -> Format.XLS;
            // WPS saves .et as either BIFF8 or OOXML, so the name promises neither: no mismatch to report
            default -> null;
        };
    }

    private static Format sniffZip(byte[] content) throws ReadException {
        List<String> names = ZipNames.list(content);
        if (names.isEmpty()) {
            throw new ReadException("this ZIP file is damaged or empty; " + SUPPORTED);
        }
        boolean word = false;
        for (String n : names) {
            if (n.startsWith("word/") && n.endsWith(".xml") && n.contains("document")) {
                word = true;
            }
        }
        if (word) {
            return Format.DOCX;
        }
        // GB/T 33190: the package's entry point is OFD.xml at its root, whatever the file is called
        if (names.contains("OFD.xml")) {
            return Format.OFD;
        }
        if (names.contains("xl/workbook.xml")) {
            return Format.XLSX;
        }
        if (names.contains("xl/workbook.bin")) {
            throw unsupported("a binary Excel workbook (XLSB); save it as XLSX");
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            throw unsupported("a spreadsheet without a workbook part; it may be damaged");
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            throw unsupported("a presentation (PPTX)");
        }
        if (names.contains("content.xml") && names.contains("mimetype")) {
            throw unsupported("an OpenDocument file; save it as DOCX");
        }
        throw unsupported("a ZIP archive, not a Word document");
    }

    private static Format sniffOle2(byte[] content) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Format.DOC;
            }
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new ReadException("this file is password-protected; open it in Word, Excel or WPS, remove the"
                        + " password and save it again");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Format.XLS; // "Book" alone is Excel 5/95, which the sheet reader refuses by name
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw unsupported("a presentation (PPT)");
            }
            throw unsupported("an Office file that is not a Word document");
        } catch (IOException | RuntimeException e) {
            throw new ReadException("this Office (OLE2) file is damaged and cannot be opened", e);
        }
    }

    private static boolean looksLikeHtml(String head) {
        String h = head.stripLeading();
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head")
                || h.startsWith("<body") || h.startsWith("<table") || h.startsWith("<meta")) {
            return true;
        }
        // XML declarations, comments and Word's conditional comments may come before the root element
        if (h.startsWith("<?xml") || h.startsWith("<!--") || h.startsWith("<!doctype")) {
            return h.contains("<html");
        }
        return false;
    }

    /** The start of the file as lower-case text, good enough to look for ASCII markup in any common charset. */
    private static String head(byte[] content) {
        int n = Math.min(content.length, HTML_WINDOW);
        String s;
        if (startsWith(content, 0xFF, 0xFE)) {
            s = new String(content, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
        } else if (startsWith(content, 0xFE, 0xFF)) {
            s = new String(content, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
        } else if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            s = new String(content, 3, Math.max(0, n - 3), StandardCharsets.ISO_8859_1);
        } else {
            s = new String(content, 0, n, StandardCharsets.ISO_8859_1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static ReadException unsupported(String what) {
        return new ReadException("this is " + what + "; " + SUPPORTED);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Entry names of a ZIP from its central directory, without inflating anything (so a zip bomb costs nothing
     * here). Falls back to the local headers when the directory is missing, as in a truncated download.
     */
    static final class ZipNames {
        private static final int EOCD = 0x06054b50;
        private static final int CEN = 0x02014b50;
        private static final int LOC = 0x04034b50;
        private static final int MAX_NAMES = 10_000;

        private ZipNames() {
        }

        static List<String> list(byte[] b) {
            List<String> names = new ArrayList<>();
            int eocd = -1;
            for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
                if (int32(b, i) == EOCD) {
                    eocd = i;
                    break;
                }
            }
            if (eocd >= 0) {
                long offset = int32(b, eocd + 16) & 0xFFFFFFFFL;
                int count = int16(b, eocd + 10);
                int p = (int) Math.min(offset, Integer.MAX_VALUE);
                for (int k = 0; k < count && k < MAX_NAMES && p + 46 <= b.length && int32(b, p) == CEN; k++) {
                    int nameLen = int16(b, p + 28);
                    int extraLen = int16(b, p + 30);
                    int commentLen = int16(b, p + 32);
                    if (p + 46 + nameLen > b.length) {
                        break;
                    }
                    names.add(new String(b, p + 46, nameLen, StandardCharsets.UTF_8));
                    p += 46 + nameLen + extraLen + commentLen;
                }
            }
            if (names.isEmpty()) {
                int p = 0;
                while (p + 30 <= b.length && int32(b, p) == LOC && names.size() < MAX_NAMES) {
                    int flags = int16(b, p + 6);
                    long size = int32(b, p + 18) & 0xFFFFFFFFL;
                    int nameLen = int16(b, p + 26);
                    int extraLen = int16(b, p + 28);
                    if (p + 30 + nameLen > b.length) {
                        break;
                    }
                    names.add(new String(b, p + 30, nameLen, StandardCharsets.UTF_8));
                    if ((flags & 0x08) != 0) {
                        break; // sizes follow the data: the next header cannot be found without inflating
                    }
                    long next = p + 30L + nameLen + extraLen + size;
                    if (next > b.length) {
                        break;
                    }
                    p = (int) next;
                }
            }
            return names;
        }

        private static int int16(byte[] b, int i) {
            return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
        }

        private static int int32(byte[] b, int i) {
            if (i < 0 || i + 4 > b.length) {
                return 0;
            }
            return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
        }
    }
}
