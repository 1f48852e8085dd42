package io.planextract.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb guards. They are process-wide static settings, so they are set exactly once, by class
 * initialisation (which the JVM runs once and publishes safely to every thread), never per read.
 */
public final class PoiGuards {
    /** Deflated entries shrinking more than this (compressed/uncompressed) are treated as a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a real notice comes near this; a larger part is an attack or not a notice. */
    public static final long MAX_ENTRY_SIZE = 256L << 20;
    /** A Word file holds a few dozen parts; thousands means something else. */
    public static final long MAX_FILE_COUNT = 2_000;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }

    private PoiGuards() {
    }

    /** Makes sure the guards are in place before POI opens anything; cheap after the first call. */
    public static void install() {
        // the static initialiser does the work
    }
}
