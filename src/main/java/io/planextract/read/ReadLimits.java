package io.planextract.read;

/**
 * What one input may cost. Every reader checks the limits that concern it and fails with a clear
 * {@link ReadException} instead of running out of memory or time.
 *
 * @param maxFileBytes   largest input file read at all
 * @param maxTableRows   rows of one table
 * @param maxTableCols   columns of one table
 * @param maxHtmlDepth   element nesting depth of an HTML page
 * @param maxCells       cells of one document, all tables together
 * @param maxPages       pages of a paged format (OFD); a notice with its annexes runs to dozens, not thousands
 * @param maxUnpackedBytes bytes a packaged format (OFD) may unpack to, all the parts it reads together: the bound
 *                       on a zip bomb, whatever its entries claim
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells,
        int maxPages, long maxUnpackedBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 100_000, 64, 512, 2_000_000, 2_000, 512L << 20);

    /** The limits above with the defaults for pages and unpacked bytes (the formats before OFD needed neither). */
    public ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells) {
        this(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, DEFAULT.maxPages(),
                DEFAULT.maxUnpackedBytes());
    }
}
