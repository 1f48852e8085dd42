package io.planextract.read.text;

import io.planextract.doc.Block;
import io.planextract.doc.Document;
import io.planextract.doc.Format;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Table;
import io.planextract.model.Origin;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import io.planextract.read.DocumentReader;
import io.planextract.read.ReadException;
import io.planextract.read.ReadLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text input: decodes it ({@link TextDecoder}), then reads the Apache Tika dump layout when its cells
 * start lines with a TAB ({@link TikaDumpParser}), or else the forms people paste, each table by the best of its
 * scored readings — pipe rows, Markdown, tab-separated rows, a cell a line with {@code |} lines, a paragraph a cell,
 * space-separated rows — and the rest as paragraphs ({@link PastedTables}).
 */
public final class TextReader implements DocumentReader {
    /**
     * The largest text read. A notice's text is tens of KB, a long year's plan a few hundred; 16 MB is a
     * thousand notices' worth. Text costs its reader about 20 times its size in memory at peak (decoded
     * characters, lines, cells and the readings weighed against each other: docs/limits.md), so this keeps one
     * text input within a few hundred MB, where the 64 MB file limit let 50 MB of piped text take a gigabyte.
     */
    public static final long MAX_TEXT_BYTES = 16L << 20;

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        if (content.length > MAX_TEXT_BYTES) {
            throw new ReadException("the text is " + (content.length >> 20) + " MB; plan-extract reads text up to "
                    + (MAX_TEXT_BYTES >> 20) + " MB (a notice's text is a few hundred KB at most)");
        }
        TextDecoder.Decoded decoded = TextDecoder.decodeDetailed(content);
        String text = decoded.text();
        List<Warning> warnings = new ArrayList<>();
        if (decoded.doubt() != null) {
            // The encoding was a guess (a few broken bytes, or too little text to tell): a reviewer should know.
            warnings.add(WarningCode.ENCODING_GUESSED.at(Origin.none(), decoded.encoding()));
        }
        if (isTikaDump(text)) {
            return new Document(Format.TEXT, TikaDumpParser.parse(text, limits), warnings);
        }
        PastedTables.Parsed parsed = PastedTables.parse(text, limits);
        warnings.addAll(parsed.warnings());
        return new Document(Format.TEXT, parsed.blocks(), warnings, plainLines(text));
    }

    /** Fewer paragraphs than this hold no table worth a reading. */
    private static final int MIN_PARAGRAPHS = 6;

    /**
     * The paragraphs of a document with no table of its own — a web page or a Word file whose table was pasted as
     * paragraphs (a cell each, a row a line with spaces or bars) — read for tables as pasted text is. The document
     * itself where it has a table or none shows in its paragraphs; else the tables found, with its paragraphs kept
     * as the plain reading that the extractor weighs them against.
     */
    public static Document withTablesInParagraphs(Document document, ReadLimits limits) throws ReadException {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (b instanceof Table) {
                return document;
            }
            if (b instanceof Paragraph p) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.size() < MIN_PARAGRAPHS) {
            return document;
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> plain = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            // One paragraph a line: the line numbers the readings give are the paragraphs' places.
            String line = p.text().replace('\n', ' ').replace('\r', ' ');
            text.append(line).append('\n');
            plain.add(new Paragraph(line, plain.size() + 1));
        }
        PastedTables.Parsed parsed = PastedTables.parse(text.toString(), limits);
        if (parsed.blocks().stream().noneMatch(b -> b instanceof Table)) {
            return document;
        }
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(parsed.warnings());
        return new Document(document.format(), parsed.blocks(), warnings, plain);
    }

    /** Every non-blank line as a paragraph, for weighing a table inferred from the layout against prose. */
    static List<Paragraph> plainLines(String text) {
        List<Paragraph> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (!all[i].isBlank()) {
                lines.add(new Paragraph(all[i], i + 1));
            }
        }
        return lines;
    }

    /**
     * A Tika dump starts each cell's line with one TAB and has no TAB further on; rows copied from a spreadsheet
     * have TABs between cells (and may start with one, where the first cell is empty). The form with more lines
     * wins. A dump's table also shows itself as one: a lone TAB (a merged cell) or header labels on TAB lines; text
     * whose paragraphs are merely indented with a TAB has neither, and is read as paragraphs.
     */
    static boolean isTikaDump(String text) {
        int tika = 0;
        int tsv = 0;
        int tableSigns = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.indexOf('\t') < 0) {
                continue;
            }
            if (line.charAt(0) == '\t' && line.indexOf('\t', 1) < 0) {
                tika++;
                String cell = line.strip();
                if (tableSigns < 2 && (cell.isEmpty() || RoleLabels.isLabel(cell))) {
                    tableSigns++;
                }
            } else if (TabRows.isTsvRow(line)) {
                tsv++;
            }
        }
        return tika > 0 && tika >= tsv && tableSigns >= 2;
    }
}
