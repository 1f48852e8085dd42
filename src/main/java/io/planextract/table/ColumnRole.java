package io.planextract.table;

/** What a table column holds. */
public enum ColumnRole {
    SEQ, SECTION, TASK, REQUIREMENT, LEAD, RESPONSIBLE, DEADLINE, EXTRA;

    /** Roles whose blank cells take the value from the row above (RULES §3). */
    public boolean inherits() {
        return this == SECTION || this == TASK || this == LEAD || this == RESPONSIBLE || this == DEADLINE;
    }

    /** Unit lists keep their line breaks; every other text runs on. */
    public boolean holdsUnits() {
        return this == LEAD || this == RESPONSIBLE;
    }
}
