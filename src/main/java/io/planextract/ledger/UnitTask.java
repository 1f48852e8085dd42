package io.planextract.ledger;

import io.planextract.model.Task;
import java.util.List;

/**
 * One task in one unit's ledger.
 *
 * @param source     the input the task came from ({@code source.path})
 * @param docNumber  the notice's document number, or null
 * @param task       the task record
 * @param role       lead when the unit is among the task's leads (under any of its names), else responsible
 * @param writtenAs  the name as the task writes it
 * @param via        the collective name the task reached the unit through (alias file {@code =>}), or null
 * @param otherUnits the task's other units (lead first, then responsible), as written
 */
public record UnitTask(String source, String docNumber, Task task, Role role, String writtenAs, String via,
        List<String> otherUnits) {

    public UnitTask {
        otherUnits = List.copyOf(otherUnits);
    }
}
