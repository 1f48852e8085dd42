/**
 * The review page: one self-contained HTML file on which a person checks what was read from each notice.
 *
 * <p>Entry point: {@link io.planextract.report.ReviewPageWriter} — {@code open(Path)} /
 * {@code to(OutputStream, String)} give a {@link io.planextract.write.ResultSink} fed one
 * {@link io.planextract.model.NoticeResult} at a time; {@code write(List, Path)} does it in one call.
 */
package io.planextract.report;
