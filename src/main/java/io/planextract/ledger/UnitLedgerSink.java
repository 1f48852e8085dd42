package io.planextract.ledger;

import io.planextract.model.NoticeResult;
import io.planextract.write.ResultSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The per-unit ledgers as a {@link ResultSink}, so that the CLI can feed them like any other output:
 * <pre>{@code
 * try (ResultSink ledgers = new UnitLedgerSink(Path.of("out"), LedgerFormat.CSV, AliasFile.empty(), true)) {
 *     for (NoticeResult r : results) ledgers.accept(r);
 * }   // close() groups the units and writes out/index.csv and one file per unit
 * }</pre>
 * A unit's ledger needs every notice before it can be written, so the files appear on {@link #close()}; until
 * then only the task references are kept (see {@link UnitIndex.Builder}).
 */
public final class UnitLedgerSink implements ResultSink {

    private final Path dir;
    private final LedgerOptions options;
    private final UnitIndex.Builder builder;
    private Map<UnitEntry, Path> written;
    private List<String> notes = List.of();

    /**
     * @param dir     the folder of the ledgers (created if missing)
     * @param aliases the user's alias file, or {@link AliasFile#empty()}
     * @param bom     whether CSV ledgers start with a byte-order mark (for Excel)
     */
    public UnitLedgerSink(Path dir, LedgerFormat format, AliasFile aliases, boolean bom) {
        this(dir, format, aliases, bom, true);
    }

    /** @param escapeFormulas whether CSV cells that would start a formula get a leading {@code '} */
    public UnitLedgerSink(Path dir, LedgerFormat format, AliasFile aliases, boolean bom, boolean escapeFormulas) {
        this(dir, aliases, new LedgerOptions(format, bom, escapeFormulas, null, false));
    }

    public UnitLedgerSink(Path dir, AliasFile aliases, LedgerOptions options) {
        this.dir = dir;
        this.options = options;
        this.builder = UnitIndex.builder(aliases);
    }

    @Override
    public void accept(NoticeResult result) {
        if (written != null) {
            throw new IllegalStateException("ledgers already written");
        }
        builder.add(result);
    }

    @Override
    public void close() throws IOException {
        if (written == null) {
            if (options.perNotice()) {
                List<UnitIndex> perNotice = builder.buildPerNotice();
                written = UnitLedgerWriter.writePerNotice(perNotice, dir, options);
                notes = UnitLedgerWriter.copyNotes(perNotice.stream().flatMap(i -> i.notices().stream()).toList());
            } else {
                UnitIndex index = builder.build();
                written = UnitLedgerWriter.write(index, dir, options);
                notes = UnitLedgerWriter.copyNotes(index.notices());
            }
        }
    }

    /** Each unit's file, once {@link #close()} has written them; empty before. */
    public Map<UnitEntry, Path> files() {
        return written == null ? Map.of() : written;
    }

    /**
     * Once written, one line per notice given more than once ({@link UnitLedgerWriter#copyNotes}): which inputs
     * were taken as copies of which, so a clerk sees why three files made one notice's ledgers.
     */
    public List<String> notes() {
        return notes;
    }
}
