package com.campaigntracker.plan.excel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which row of a table a predecessor code names. When every row carries its own number in the file (a
 * WBS or 序号 column, numbered names) a code names a row by it: a table numbered 1, 2, 3 or with gaps links
 * the rows it means, not the rows the plan happens to number so — except that a dotted code in a table
 * numbered 1, 2, 3 is the plan's own. Otherwise codes are the plan's (1, 1.2, 1.2.3).
 */
final class RowCodes {

    private final List<String> planCodes;
    private final boolean ownCodes;
    private final boolean flatCodes;
    private final Map<String, Integer> indexByPlanCode = new HashMap<>();
    private final Map<String, Integer> indexByOwnCode = new HashMap<>();
    private final Set<String> parents = new HashSet<>();

    /** {@code planCodes}: each row's code in the plan (null for a row the plan will not hold). */
    RowCodes(List<ProgressTableRow> rows, List<String> planCodes) {
        this.planCodes = planCodes;
        this.ownCodes = !rows.isEmpty() && rows.stream().allMatch(r -> r.code() != null)
                && rows.stream().map(ProgressTableRow::code).distinct().count() == rows.size();
        this.flatCodes = ownCodes && rows.stream().noneMatch(r -> r.code().contains("."));
        for (int i = 0; i < rows.size(); i++) {
            if (planCodes.get(i) != null) {
                indexByPlanCode.put(planCodes.get(i), i);
            }
            if (ownCodes) {
                indexByOwnCode.put(rows.get(i).code(), i);
            }
        }
        planCodes.stream().filter(Objects::nonNull).forEach(code -> {
            int dot = code.lastIndexOf('.');
            if (dot > 0) {
                parents.add(code.substring(0, dot));
            }
        });
    }

    /** Whether predecessors are written in the table's own numbers (and so are rewritten in the plan's). */
    boolean tableNumbered() {
        return ownCodes;
    }

    /** The index of the row a code names; null for none. */
    Integer rowOf(String code) {
        return !ownCodes || (flatCodes && code.contains(".")) ? indexByPlanCode.get(code) : indexByOwnCode.get(code);
    }

    /** The plan's code of a row. */
    String planCode(int row) {
        return planCodes.get(row);
    }

    /** Whether the row will be a phase or module of the plan (something has rows under it), not a task. */
    boolean hasRowsUnder(int row) {
        return parents.contains(planCodes.get(row));
    }
}
