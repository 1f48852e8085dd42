package io.planextract.table;

import io.planextract.doc.Block;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One logical table from a table that a page or section break cut in two. A text dump prints the parts as
 * separate runs of cells, the second without a header or with the header repeated; nothing stands between them.
 * A following table of the same width that starts without a header of its own, or with the very same header, is
 * the rest of the table above.
 */
public final class TableContinuations {
    private TableContinuations() {
    }

    /**
     * The blocks with each table's continuations joined to it. Linear in the number of rows: a run of parts is
     * gathered and made one table when it ends, and the first part's width and header are worked out once, so a
     * document of thousands of parts with one header (a long table printed page by page) costs what its rows cost.
     */
    public static List<Block> join(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        Run run = null;
        for (Block block : blocks) {
            if (block instanceof Table next && run != null && run.continuedBy(next)) {
                run.add(next);
                continue;
            }
            if (run != null) {
                out.add(run.table());
                run = null;
            }
            if (block instanceof Table table) {
                run = new Run(table);
            } else {
                out.add(block);
            }
        }
        if (run != null) {
            out.add(run.table());
        }
        return out;
    }

    /** A table and the parts that continue it so far. */
    private static final class Run {
        private final Table first;
        private final int width;
        private final List<Row> rows;
        private boolean exactMerges;
        private int parts = 1;
        private Optional<HeaderDetector.Found> header;

        Run(Table first) {
            this.first = first;
            this.width = TableReader.gridWidth(first);
            this.rows = new ArrayList<>(first.rows());
            this.exactMerges = first.exactMerges();
        }

        /** A following table of the same width without a header of its own, or with the very same header. */
        boolean continuedBy(Table next) {
            if (width != TableReader.gridWidth(next)) {
                return false;
            }
            if (header == null) {
                header = HeaderDetector.detect(first, width, 1); // the parts after it share the first part's top
            }
            if (header.isEmpty()) {
                return false;
            }
            var own = HeaderDetector.detect(next, width, 1);
            return own.isEmpty() || (own.get().firstRow() == 0 && !next.rows().isEmpty()
                    && HeaderDetector.repeats(header.get().header(), next.rows().get(0)));
        }

        void add(Table next) {
            rows.addAll(next.rows());
            exactMerges &= next.exactMerges();
            parts++;
        }

        Table table() {
            return parts == 1 ? first : new Table(rows, exactMerges, first.line());
        }
    }
}
