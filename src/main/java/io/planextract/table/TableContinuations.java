package io.planextract.table;

import io.planextract.doc.Block;
import io.planextract.doc.Row;
import io.planextract.doc.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One logical table from a table that a page or section break cut in two. A text dump prints the parts as
 * separate runs of cells, the second without a header or with the header repeated; nothing stands between them.
 * A following table of the same width that starts without a header of its own, or with the very same header, is
 * the rest of the table above.
 */
public final class TableContinuations {
    private TableContinuations() {
    }

    public static List<Block> join(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Table next && !out.isEmpty() && out.get(out.size() - 1) instanceof Table above
                    && continues(above, next)) {
                List<Row> rows = new ArrayList<>(above.rows());
                rows.addAll(next.rows());
                out.set(out.size() - 1, new Table(rows, above.exactMerges() && next.exactMerges(), above.line()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static boolean continues(Table above, Table next) {
        int width = TableReader.gridWidth(above);
        if (width != TableReader.gridWidth(next)) {
            return false;
        }
        var header = HeaderDetector.detect(above, width, 1);
        if (header.isEmpty()) {
            return false;
        }
        var own = HeaderDetector.detect(next, width, 1);
        return own.isEmpty() || (own.get().firstRow() == 0 && !next.rows().isEmpty()
                && HeaderDetector.repeats(header.get().header(), next.rows().get(0)));
    }
}
