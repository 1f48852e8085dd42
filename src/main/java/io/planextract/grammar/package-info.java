/**
 * The words of a notice, held once, beneath {@code read}, {@code table}, {@code extract} and {@code normalize} (it
 * imports none of them): role labels composed from their parts and person labels ({@link
 * io.planextract.grammar.RoleLabels}, {@link io.planextract.grammar.Role}), labelled parts and who they assign
 * ({@link io.planextract.grammar.LabelledParts}), verb tails and the lead verb ({@link
 * io.planextract.grammar.VerbTails}), document-wide notes ({@link io.planextract.grammar.DocumentNotes}),
 * unit-name endings and fragments ({@link io.planextract.grammar.UnitWords}), deadline words ({@link
 * io.planextract.grammar.DeadlineWords}), bracket pairs ({@link io.planextract.grammar.Brackets}) and the
 * traditional→simplified map every match runs through ({@link io.planextract.grammar.Simplified}). A table header,
 * a table cell and a prose marker read the same words the same way (RULES §9).
 */
package io.planextract.grammar;
