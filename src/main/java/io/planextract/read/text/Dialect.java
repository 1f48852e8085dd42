package io.planextract.read.text;

import java.util.List;

/** A way tables are flattened into text. Each reads only where its own sign is present, so trying them is cheap. */
interface Dialect {
    /** The readings of a table starting at 0-based line {@code start}; empty where this dialect does not start. */
    List<Candidate> read(String[] lines, int start);
}
