package io.planextract.serve;

import io.planextract.read.PoiGuards;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The notices of a batch's ZIP, read one at a time from its temporary file with the zip-bomb guards the Word
 * reader uses ({@link PoiGuards}): at most {@link PoiGuards#MAX_FILE_COUNT} entries, none inflating beyond the
 * per-file size limit, none shrinking by more than {@link PoiGuards#MIN_INFLATE_RATIO} once past a megabyte, and
 * no more than {@link #MAX_TOTAL_INFLATED} for the whole archive. The sizes the archive declares are never
 * trusted: every entry is inflated through a bound. An entry that breaks a guard becomes that entry's error;
 * nothing is written anywhere (entry names are labels, never paths).
 */
final class BatchArchive implements Closeable, Iterable<BatchArchive.Entry> {
    /** Inflated bytes of one archive, all entries together: far beyond a year of notices, short of a bomb. */
    static final long MAX_TOTAL_INFLATED = 1L << 30;
    /** Small entries may shrink as much as they like: a megabyte of anything costs nothing. */
    private static final long RATIO_FREE_BYTES = 1L << 20;

    /** One entry: its bytes, or why it is left out. */
    record Entry(String name, byte[] content, ApiError error) {
    }

    private final ZipFile zip;
    private final long maxFileBytes;
    private long inflated;

    private BatchArchive(ZipFile zip, long maxFileBytes) {
        this.zip = zip;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Opens the archive. Names are UTF-8 when the archive says so; a ZIP made by Windows' own "send to
     * compressed folder" on a Chinese system names its entries in GBK, which is tried next.
     */
    static BatchArchive open(Path file, long maxFileBytes) {
        ZipFile zip = tryOpen(file, StandardCharsets.UTF_8);
        if (zip == null) {
            zip = tryOpen(file, Charset.forName("GB18030"));
        }
        if (zip == null) {
            throw new ApiError(415, "not-a-zip", "the upload is not a ZIP archive (a batch is a ZIP of notices;"
                    + " one notice goes to /v1/extract)", "read");
        }
        if (zip.size() > PoiGuards.MAX_FILE_COUNT) {
            int size = zip.size();
            closeQuietly(zip);
            throw new ApiError(413, "too-many-files", "the ZIP holds " + size + " entries; a batch holds at most "
                    + PoiGuards.MAX_FILE_COUNT, "read");
        }
        return new BatchArchive(zip, maxFileBytes);
    }

    private static ZipFile tryOpen(Path file, Charset names) {
        try {
            ZipFile zip = new ZipFile(file.toFile(), names);
            try {
                // Reading every name once makes a wrong charset fail here, not halfway through the batch.
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    e.nextElement().getName();
                }
                return zip;
            } catch (IllegalArgumentException wrongCharset) {
                closeQuietly(zip);
                return null;
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The names of the entries {@link #iterator()} gives, in archive order, without inflating anything. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (!entry.isDirectory() && !isPackingLeftover(entry.getName()) && !names.contains(entry.getName())) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Override
    public Iterator<Entry> iterator() {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        Set<String> seen = new HashSet<>();
        return new Iterator<>() {
            private ZipEntry next = advance();

            private ZipEntry advance() {
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (!e.isDirectory() && !isPackingLeftover(e.getName())) {
                        return e;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Entry next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                ZipEntry e = next;
                next = advance();
                if (!seen.add(e.getName())) {
                    return new Entry(e.getName(), null, new ApiError(400, "duplicate", "the ZIP holds a second file"
                            + " of this name; only the first was read", "read"));
                }
                return read(e);
            }
        };
    }

    /** What a Mac or a file manager adds to an archive: resource forks and hidden files, never notices. */
    static boolean isPackingLeftover(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith(".") || base.equalsIgnoreCase("Thumbs.db")
                || base.equalsIgnoreCase("desktop.ini");
    }

    private Entry read(ZipEntry e) {
        String name = e.getName();
        if (inflated >= MAX_TOTAL_INFLATED) {
            return new Entry(name, null, new ApiError(413, "too-large", "left out: the archive's files together"
                    + " pass " + ApiError.MiB.of(MAX_TOTAL_INFLATED) + ", the most one batch reads", "read"));
        }
        if (e.getSize() > maxFileBytes) {
            return new Entry(name, null, tooLarge(e.getSize()));
        }
        // The most this entry may inflate to: the file limit, and its ratio once past the ratio-free size.
        long compressed = Math.max(e.getCompressedSize(), 1);
        long byRatio = Math.max(RATIO_FREE_BYTES, (long) (compressed / PoiGuards.MIN_INFLATE_RATIO));
        long bound = Math.min(Math.min(maxFileBytes, byRatio), MAX_TOTAL_INFLATED - inflated);
        try (InputStream in = zip.getInputStream(e)) {
            byte[] content = in.readNBytes((int) Math.min(bound + 1, Integer.MAX_VALUE - 16));
            inflated += content.length;
            if (content.length > bound) {
                if (bound == byRatio && byRatio < maxFileBytes) {
                    return new Entry(name, null, new ApiError(413, "zip-bomb", "this entry inflates more than "
                            + Math.round(1 / PoiGuards.MIN_INFLATE_RATIO) + " times its packed size, as zip bombs"
                            + " do; it was not read", "read"));
                }
                return new Entry(name, null, tooLarge(content.length));
            }
            return new Entry(name, content, null);
        } catch (IOException | RuntimeException damaged) {
            return new Entry(name, null, new ApiError(422, "unreadable", "this entry of the ZIP is damaged ("
                    + damaged.getMessage() + ")", "read"));
        }
    }

    private ApiError tooLarge(long size) {
        return new ApiError(413, "too-large", "the file is " + (size >= (1 << 20) ? (size >> 20) + " MB" : size
                + " bytes") + "; plan-extract reads files up to " + ApiError.MiB.of(maxFileBytes), "read");
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // a read-only file: nothing to lose
        }
    }
}
