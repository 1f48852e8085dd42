package io.planextract.read.text;

import io.planextract.grammar.HeaderWords;
import java.util.regex.Pattern;

/**
 * The one place the text readers ask what a header label names: the grammar's header words ({@link HeaderWords}),
 * as the table engine reads them too.
 */
final class RoleLabels {
    /** What a column holds, as far as reading text goes. */
    enum Role { SEQ, SECTION, TASK, REQUIREMENT, LEAD, RESPONSIBLE, DEADLINE, EXTRA }

    /** A colon followed by more text: {@code 牵头单位：县人社局} is a label with its value, not a bare label. */
    private static final Pattern LABEL_WITH_VALUE = Pattern.compile("[:：]\\s*\\S");
    private static final int BARE_LABEL_MAX = 8;

    private RoleLabels() {
    }

    /** The role a label names, or null. */
    static Role of(String label) {
        HeaderWords.Column r = HeaderWords.classify(label);
        return r == null ? null : Role.valueOf(r.name());
    }

    /** A qualifier and a head noun printed apart in a narrow header cell: {@code 牵头} {@code 责任单位}. */
    static boolean isSplitLabel(String qualifier, String head) {
        return HeaderWords.isSplitLabel(qualifier, head);
    }

    static boolean isLabel(String label) {
        return of(label) != null;
    }

    /** A paragraph that is a header label and nothing else: short, no value after a colon. */
    static boolean isBareLabel(String text) {
        String s = text.strip();
        if (s.isEmpty() || LABEL_WITH_VALUE.matcher(s).find()) {
            return false;
        }
        return HeaderWords.withoutDates(s).replaceAll("\\s", "").length() <= BARE_LABEL_MAX && isLabel(s);
    }
}
