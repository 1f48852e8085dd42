package io.planextract.extract;

import io.planextract.model.Origin;
import io.planextract.model.Task;
import io.planextract.model.Warning;
import io.planextract.model.WarningCode;
import java.util.List;

/**
 * Decides between the tasks read from a notice's tables and those read from its prose, by a score a reviewer can
 * check: the number of tasks that name a unit (lead or responsible), then the number of tasks. A clerk trusts the
 * reading that assigns more work to someone; a table read wrongly from pasted text (cells cut in the wrong place)
 * assigns less than the markers in its lines do. On a tie the table wins: its rows are the notice's own layout.
 *
 * <p>Whichever wins, the other reading's assigned tasks are not dropped silently: a warning says how many there
 * were and where the first one starts.
 */
final class ReadingChoice {
    /** The tasks kept, and the warnings about the reading left aside. */
    record Choice(List<Task> tasks, List<Warning> warnings, boolean prose) {
    }

    /** The score of one reading: tasks naming a unit, then all tasks. */
    record Score(int assigned, int tasks) implements Comparable<Score> {
        static Score of(List<Task> tasks) {
            int assigned = (int) tasks.stream().filter(t -> !t.lead().isEmpty() || !t.responsible().isEmpty()).count();
            return new Score(assigned, tasks.size());
        }

        @Override
        public int compareTo(Score o) {
            return assigned != o.assigned ? Integer.compare(assigned, o.assigned) : Integer.compare(tasks, o.tasks);
        }

        @Override
        public String toString() {
            return assigned + "/" + tasks;
        }
    }

    private ReadingChoice() {
    }

    /**
     * @param fromProse  the prose reading that competes with the tables: of the whole text where the tables were
     *                   inferred from its layout, else of the paragraphs outside the tables
     * @param outside    the prose reading of the paragraphs outside the tables, for the warning when tables win
     */
    static Choice choose(List<Task> fromTables, List<Task> fromProse, List<Task> outside) {
        Score table = Score.of(fromTables);
        Score prose = Score.of(fromProse);
        if (fromTables.isEmpty() || prose.compareTo(table) > 0) {
            List<Warning> warnings = fromTables.isEmpty() ? List.of()
                    : List.of(WarningCode.TABLE_READING_DISCARDED.at(firstOrigin(fromTables), table, prose));
            return new Choice(fromProse, warnings, true);
        }
        Score besides = Score.of(outside);
        List<Warning> warnings = besides.assigned() == 0 ? List.of()
                : List.of(WarningCode.PROSE_TASKS_BESIDE_TABLE.at(firstOrigin(outside), besides.assigned()));
        return new Choice(fromTables, warnings, false);
    }

    private static Origin firstOrigin(List<Task> tasks) {
        return tasks.isEmpty() ? Origin.none() : tasks.get(0).origin();
    }
}
