package io.planextract.ledger;

import io.planextract.write.Labels;
import java.util.List;
import java.util.Map;

/**
 * The headings of ledgers and of their index: the machine names of {@link UnitLedgerWriter#LEDGER_HEADER} and
 * {@link UnitLedgerWriter#INDEX_HEADER} in {@link Labels#EN}, what a clerk's 台账 says in {@link Labels#ZH}. The
 * follow-up columns ({@code 进展情况}, {@code 完成情况}, {@code 备注}) are the clerk's own and Chinese in both.
 */
final class LedgerLabels {

    /** Ledger and index columns that {@link Labels} does not know. */
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("role", "职责"),
            Map.entry("written_as", "文中写法"),
            Map.entry("via", "经由统称"),
            Map.entry("other_units", "其他单位"),
            Map.entry("notice", "通知"),
            Map.entry("unit", "单位"),
            Map.entry("kind", "类别"),
            Map.entry("variants", "名称写法"),
            Map.entry("tasks_as_lead", "牵头任务数"),
            Map.entry("tasks_as_responsible", "责任任务数"),
            Map.entry("tasks", "任务数"),
            Map.entry("file", "台账"),
            Map.entry("copies", "副本"));

    private LedgerLabels() {
    }

    static String heading(Labels labels, String key) {
        return labels == Labels.ZH && ZH.containsKey(key) ? ZH.get(key) : labels.column(key);
    }

    static List<String> headings(Labels labels, List<String> keys) {
        return keys.stream().map(k -> heading(labels, k)).toList();
    }

    /** The index's word for an entry that is one unit or a collective name. */
    static String kind(Labels labels, boolean collective) {
        if (labels == Labels.ZH) {
            return collective ? "统称" : "单位";
        }
        return collective ? "collective" : "unit";
    }
}
