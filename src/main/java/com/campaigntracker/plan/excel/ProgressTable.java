package com.campaigntracker.plan.excel;

import java.util.List;

/** What a table held: its rows, and every problem found in them. */
public record ProgressTable(List<ProgressTableRow> rows, List<TableProblem> problems, List<TableProblem> notes) {

    public ProgressTable(List<ProgressTableRow> rows, List<TableProblem> problems) {
        this(rows, problems, List.of());
    }

    /** For tables the product ships (the demo): any problem is a bug. */
    public List<ProgressTableRow> rowsOrThrow() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Unreadable table: " + problems);
        }
        return rows;
    }
}
