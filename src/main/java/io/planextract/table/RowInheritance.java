package io.planextract.table;

import io.planextract.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Settles blank and merged cells from the rows above (RULES §3). Blank section, task, lead, responsible and
 * deadline cells take the value above; a real merge always does. Lead and responsible go together: a row that
 * states its own lead and leaves responsible blank has no separate responsible units, while a row that leaves
 * its lead blank and states responsible units keeps the lead above. A section row starts afresh.
 * One instance walks one table, top to bottom.
 */
final class RowInheritance {
    /** How a row fills the columns of one role. */
    private enum State { NO_COLUMN, STATED, BLANK, MERGED, COVERED }

    private record Value(State state, String text) {
    }

    /** What one row resolves to, and whether the pair rule dropped a responsible value that was above. */
    record Resolved(Map<ColumnRole, String> values, List<String> inherited, String droppedResponsible,
            boolean newTitleWithInheritedUnits) {
    }

    private final Header header;
    private final Map<ColumnRole, String> above = new EnumMap<>(ColumnRole.class);
    private String sectionFromRow;
    private String taskFromRow;

    RowInheritance(Header header) {
        this.header = header;
    }

    void sectionRow(String text) {
        above.clear();
        sectionFromRow = text;
        taskFromRow = null;
        above.put(ColumnRole.SECTION, text);
    }

    /** A {@code （一）} heading row under a section: it names the task of the rows below and ends their merges. */
    void groupRow(String text) {
        String section = above.get(ColumnRole.SECTION);
        above.clear();
        above.put(ColumnRole.SECTION, section);
        above.put(ColumnRole.TASK, text);
        taskFromRow = text;
    }

    boolean inSection() {
        return sectionFromRow != null;
    }

    Resolved resolve(GridRow row) {
        Map<ColumnRole, Value> own = new EnumMap<>(ColumnRole.class);
        for (ColumnRole role : ColumnRole.values()) {
            own.put(role, value(row, role));
        }
        Map<ColumnRole, String> values = new EnumMap<>(ColumnRole.class);
        List<String> inherited = new ArrayList<>();
        for (ColumnRole role : ColumnRole.values()) {
            Value v = own.get(role);
            boolean take = role.inherits() && takesAbove(role, v, own);
            if (take && above.get(role) != null) {
                values.put(role, above.get(role));
                inherited.add(role.name().toLowerCase(java.util.Locale.ROOT));
            } else if (v.state() == State.STATED) {
                values.put(role, v.text());
            } else if (role == ColumnRole.SECTION && v.state() == State.NO_COLUMN) {
                values.put(role, sectionFromRow);
            } else if (role == ColumnRole.TASK && v.state() == State.NO_COLUMN) {
                values.put(role, taskFromRow);
            }
        }
        String dropped = own.get(ColumnRole.RESPONSIBLE).state() == State.BLANK
                && own.get(ColumnRole.LEAD).state() == State.STATED ? above.get(ColumnRole.RESPONSIBLE) : null;
        boolean newTitle = isNew(ColumnRole.TASK, own) || isNew(ColumnRole.SECTION, own);
        boolean unitsInherited = inherited.contains("lead") || inherited.contains("responsible");
        for (ColumnRole role : ColumnRole.values()) {
            if (role.inherits()) {
                above.put(role, values.get(role));
            }
        }
        return new Resolved(values, inherited, dropped, newTitle && unitsInherited);
    }

    private boolean takesAbove(ColumnRole role, Value v, Map<ColumnRole, Value> own) {
        if (v.state() == State.MERGED) {
            return true;
        }
        if (v.state() != State.BLANK) {
            return false;
        }
        // The pair rule settles blanks, not merges.
        return role != ColumnRole.RESPONSIBLE || own.get(ColumnRole.LEAD).state() != State.STATED;
    }

    private boolean isNew(ColumnRole role, Map<ColumnRole, Value> own) {
        Value v = own.get(role);
        return v.state() == State.STATED && above.get(role) != null && !v.text().equals(above.get(role));
    }

    private Value value(GridRow row, ColumnRole role) {
        List<String> paragraphs = new ArrayList<>();
        boolean any = false;
        boolean merged = false;
        boolean allCovered = true;
        for (int i = 0; i < header.width(); i++) {
            if (header.columns().get(i).role() != role) {
                continue;
            }
            any = true;
            Slot s = row.slots().get(i);
            merged |= s.kind() == Slot.Kind.CONTINUED;
            allCovered &= s.kind() == Slot.Kind.COVERED;
            paragraphs.addAll(s.paragraphs());
        }
        if (!any) {
            return new Value(State.NO_COLUMN, null);
        }
        if (!paragraphs.isEmpty()) {
            String text = role.holdsUnits() ? TextCleaner.joinUnits(paragraphs) : TextCleaner.joinRunOn(paragraphs);
            return new Value(State.STATED, text);
        }
        if (merged) {
            return new Value(State.MERGED, null);
        }
        return new Value(allCovered ? State.COVERED : State.BLANK, null);
    }
}
