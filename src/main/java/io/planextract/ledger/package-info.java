/**
 * Per-unit ledgers: which tasks each unit leads ({@code 牵头}) or shares ({@code 责任}).
 *
 * <p>Entry points: {@link io.planextract.ledger.UnitIndex#build(Iterable, AliasFile)} groups the units of a
 * run (each notice once, however many copies or formats of it were given: {@link
 * io.planextract.ledger.NoticeIdentity}; name variants together, traditional writings included; collective names
 * kept whole; an optional {@link io.planextract.ledger.AliasFile} settling the rest);
 * {@link io.planextract.ledger.UnitLedgerWriter#write(UnitIndex, java.nio.file.Path, LedgerOptions)} writes one
 * CSV or XLSX file per unit plus {@code index.xlsx} (and {@code index.csv}), and
 * {@link io.planextract.ledger.UnitLedgerWriter#writePerNotice} a folder of them per notice;
 * {@link io.planextract.ledger.UnitLedgerSink} does both as a {@link io.planextract.write.ResultSink}.
 */
package io.planextract.ledger;
