package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * An uploaded table before anything is saved: its rows, every problem found, and the name the new
 * project would get (the first phase row's). Importable only without problems: all rows or none.
 */
public record ImportPreview(String suggestedName, List<ProgressTableRow> rows, List<TableProblem> problems) {

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
