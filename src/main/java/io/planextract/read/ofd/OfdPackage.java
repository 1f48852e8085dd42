package io.planextract.read.ofd;

import io.planextract.read.PoiGuards;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The OFD container: a ZIP whose parts are found through its central directory and unpacked one at a time, only
 * the XML parts the reader needs (fonts, images and signatures are never unpacked). The zip-bomb guards are the
 * DOCX reader's ({@link PoiGuards}): entry count, the smallest compression ratio, the largest part; and the sum of
 * what is unpacked stays under {@link ReadLimits#maxDecodedBytes()}, counted as the bytes come out, never taken
 * from the sizes the archive claims. XML is parsed with POI's hardened parser (no DTDs, no external entities).
 *
 * <p>Not thread-safe: one package per read.
 */
final class OfdPackage implements AutoCloseable {
    /**
     * A page's XML is some hundred KB even with a long table; as the DOCX reader's main part, more than this is not
     * a notice, and as a DOM it would take gigabytes.
     */
    static final long MAX_PART_BYTES = 64L << 20;
    /** Bytes an archive is allowed to hold before the compression ratio is looked at: tiny parts compress well. */
    private static final long RATIO_GRACE = 64 << 10;

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> byName = new HashMap<>();
    private final Map<String, ZipArchiveEntry> byLowerName = new HashMap<>();
    private final long maxUnpacked;
    private long unpacked;

    private OfdPackage(ZipFile zip, long maxUnpacked) throws ReadException {
        this.zip = zip;
        this.maxUnpacked = maxUnpacked;
        int count = 0;
        for (ZipArchiveEntry e : (Iterable<ZipArchiveEntry>) zip.getEntries()::asIterator) {
            if (++count > PoiGuards.MAX_FILE_COUNT) {
                throw new ReadException("this OFD file holds more than " + PoiGuards.MAX_FILE_COUNT
                        + " parts, far more than a notice; it was not read");
            }
            String name = normalise(e.getName());
            byName.putIfAbsent(name, e);
            byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
        }
    }

    static OfdPackage open(byte[] content, ReadLimits limits) throws ReadException {
        try {
            ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
            try {
                return new OfdPackage(zip, limits.maxDecodedBytes());
            } catch (ReadException | RuntimeException e) {
                zip.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw new ReadException("this OFD file is damaged and cannot be opened (its ZIP directory is unreadable)",
                    e);
        }
    }

    boolean has(String path) {
        return entry(path).isPresent();
    }

    /**
     * The XML part at {@code path} (a package path, no leading slash), parsed.
     *
     * @throws MissingPart when the package has no such part
     * @throws ReadException when the part is too large, a zip bomb, or not XML
     */
    Element xml(String path) throws ReadException {
        ZipArchiveEntry entry = entry(path).orElseThrow(() -> new MissingPart(path));
        byte[] bytes = unpack(entry, path);
        try {
            return XMLHelper.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException | IOException | RuntimeException e) {
            throw new ReadException("this OFD file is damaged: its part " + path + " is not well-formed XML", e);
        }
    }

    private Optional<ZipArchiveEntry> entry(String path) {
        String name = normalise(path);
        ZipArchiveEntry e = byName.get(name);
        if (e == null) {
            // writers on Windows are careless about case (Doc_0 vs DOC_0); the package has one of each name
            e = byLowerName.get(name.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(e);
    }

    private byte[] unpack(ZipArchiveEntry entry, String path) throws ReadException {
        long compressed = Math.max(entry.getCompressedSize(), 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 << 10];
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                unpacked += n;
                if (read > Math.min(PoiGuards.MAX_ENTRY_SIZE, MAX_PART_BYTES) || unpacked > maxUnpacked) {
                    throw new ReadException("this OFD file unpacks to more than "
                            + size(Math.min(Math.min(PoiGuards.MAX_ENTRY_SIZE, MAX_PART_BYTES), maxUnpacked))
                            + ", far more than a notice (a \"zip bomb\"); it was not read");
                }
                if (read > RATIO_GRACE && compressed > 0 && (double) compressed / read < PoiGuards.MIN_INFLATE_RATIO) {
                    throw new ReadException("this OFD file's part " + path + " unpacks to more than "
                            + Math.round(1 / PoiGuards.MIN_INFLATE_RATIO) + " times its packed size (a \"zip bomb\");"
                            + " it was not read");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            throw new ReadException("this OFD file is damaged: its part " + path + " cannot be unpacked", e);
        }
        return out.toByteArray();
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }

    /**
     * A package path without a leading slash and with {@code .} and {@code ..} resolved; backslashes (written by
     * some Windows tools) read as slashes.
     */
    static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /**
     * Where an {@code ST_Loc} found in the part {@code from} points: absolute locations start at the package root,
     * relative ones at the folder of {@code from}.
     */
    static String resolve(String from, String loc) {
        String l = loc.strip();
        if (l.startsWith("/") || l.startsWith("\\")) {
            return normalise(l);
        }
        int slash = from.lastIndexOf('/');
        return normalise((slash < 0 ? "" : from.substring(0, slash + 1)) + l);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // an in-memory channel: nothing was held open
        }
    }

    /** A part the package names but does not hold. */
    static final class MissingPart extends ReadException {
        private final String path;

        MissingPart(String path) {
            super("this OFD file is damaged: its part " + path + " is missing");
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
