package io.planextract.ledger;

import io.planextract.write.Labels;

/**
 * How ledgers are written.
 *
 * @param format         CSV or XLSX ledgers (the index is written as XLSX in both cases, and as CSV too for CSV)
 * @param bom            whether CSV files start with a byte-order mark (for Excel)
 * @param escapeFormulas whether CSV cells that would start a formula get a leading {@code '}
 * @param labels         the headings' language: {@link Labels#EN} machine names or {@link Labels#ZH}
 * @param perNotice      one folder of ledgers per notice instead of one ledger per unit for the whole run
 */
public record LedgerOptions(LedgerFormat format, boolean bom, boolean escapeFormulas, Labels labels,
        boolean perNotice) {

    public LedgerOptions {
        if (format == null) {
            throw new IllegalArgumentException("format");
        }
        if (labels == null) {
            labels = defaultLabels(format);
        }
    }

    /** The defaults of a format: CSV with a byte-order mark, formulas neutralised, headings as {@link #defaultLabels}. */
    public static LedgerOptions of(LedgerFormat format) {
        return new LedgerOptions(format, true, true, null, false);
    }

    /** CSV keeps the documented machine names (docs/ledgers.md); a workbook is for people: Chinese. */
    public static Labels defaultLabels(LedgerFormat format) {
        return format == LedgerFormat.XLSX ? Labels.ZH : Labels.EN;
    }

    public LedgerOptions withPerNotice(boolean perNotice) {
        return new LedgerOptions(format, bom, escapeFormulas, labels, perNotice);
    }
}
