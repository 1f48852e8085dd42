package io.planextract.read;

/**
 * What one input may cost. Every reader checks the limits that concern it and fails with a clear
 * {@link ReadException} instead of running out of memory or time.
 *
 * @param maxFileBytes     largest input file read at all
 * @param maxTableRows     rows of one table (of one sheet in a workbook: rows holding a value)
 * @param maxTableCols     columns of one table
 * @param maxHtmlDepth     element nesting depth of an HTML page
 * @param maxCells         cells of one document, all tables (all sheets) together
 * @param maxPages         pages of a paged document (PDF, OFD); a notice with its annexes runs to dozens, not
 *                         thousands
 * @param maxDecodedBytes  what a document's compressed parts (a PDF's streams, the parts an OFD or XLSX package
 *                         unpacks) may decode to, all together: the bound on a bomb, whatever its entries claim
 * @param maxSheets        sheets of one workbook
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells,
        int maxPages, long maxDecodedBytes, int maxSheets) {
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 100_000, 64, 512, 2_000_000);

    /**
     * The limits without page, decoding and sheet bounds of their own: 2,000 pages (a notice with its tables is
     * tens), 16 times the file size decoded, up to 512 MB (text and fonts compress about 3 to 5 times; a bomb
     * compresses a thousand times), and 256 sheets.
     */
    public ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells) {
        this(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, 2_000,
                Math.min(512L << 20, Math.max(1L << 20, maxFileBytes * 16)), 256);
    }

    /** The limits with page and decoding bounds, and the default bound on sheets. */
    public ReadLimits(long maxFileBytes, int maxTableRows, int maxTableCols, int maxHtmlDepth, int maxCells,
            int maxPages, long maxDecodedBytes) {
        this(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, maxPages, maxDecodedBytes, 256);
    }

    /** These limits with another bound on what compressed parts may decode to. */
    public ReadLimits withMaxDecodedBytes(long bytes) {
        return new ReadLimits(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, maxPages, bytes,
                maxSheets);
    }

    /** These limits with another bound on the sheets of a workbook. */
    public ReadLimits withMaxSheets(int sheets) {
        return new ReadLimits(maxFileBytes, maxTableRows, maxTableCols, maxHtmlDepth, maxCells, maxPages,
                maxDecodedBytes, sheets);
    }
}
