package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * An uploaded table before anything is saved: its rows, every problem found, and the name the new
 * project would get (the first phase row's). Importable only without problems: all rows or none.
 * {@code notes} say what was adapted on the way (deeper levels folded, unknown resources left out) and
 * do not stop the import.
 */
public record ImportPreview(String suggestedName, List<ProgressTableRow> rows, List<TableProblem> problems,
                            List<TableProblem> notes) {

    public ImportPreview(String suggestedName, List<ProgressTableRow> rows, List<TableProblem> problems) {
        this(suggestedName, rows, problems, List.of());
    }

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
