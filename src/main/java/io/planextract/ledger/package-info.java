/**
 * Per-unit ledgers: which tasks each unit leads ({@code 牵头}) or shares ({@code 责任}).
 *
 * <p>Entry points: {@link io.planextract.ledger.UnitIndex#build(Iterable, AliasFile)} groups the units of a
 * run (name variants together, collective names kept whole, an optional {@link io.planextract.ledger.AliasFile}
 * settling the rest); {@link io.planextract.ledger.UnitLedgerWriter#write(UnitIndex, java.nio.file.Path,
 * LedgerFormat, boolean)} writes one CSV or XLSX file per unit plus {@code index.csv}/{@code index.xlsx};
 * {@link io.planextract.ledger.UnitLedgerSink} does both as a {@link io.planextract.write.ResultSink}.
 */
package io.planextract.ledger;
