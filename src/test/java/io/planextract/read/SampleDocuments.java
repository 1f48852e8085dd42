package io.planextract.read;

import io.planextract.doc.Cell;
import io.planextract.doc.Document;
import io.planextract.doc.Paragraph;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The shared sample notices, as test resources, and a compact view of what a reader made of them. */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource samples/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Table> tables(Document d) {
        return d.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public static List<String> paragraphs(Document d) {
        return d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    /** One line per row: each cell as its text, {@code ^} for a continued cell, {@code *n} for a span. */
    public static String sketch(Table t) {
        StringBuilder sb = new StringBuilder();
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                sb.append(c.continued() ? "^" : String.join("/", c.paragraphs()).strip());
                if (c.colSpan() > 1) {
                    sb.append('*').append(c.colSpan());
                }
                sb.append(" | ");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
