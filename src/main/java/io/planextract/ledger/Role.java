package io.planextract.ledger;

/** What a unit does for a task: leads it ({@code 牵头}) or shares it ({@code 责任}). */
public enum Role {
    LEAD("牵头"),
    RESPONSIBLE("责任");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The word a ledger prints. */
    public String label() {
        return label;
    }
}
