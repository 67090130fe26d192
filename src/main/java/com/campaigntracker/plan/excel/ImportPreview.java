package com.campaigntracker.plan.excel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An uploaded table before anything is saved: its rows, every problem found, and the name the new
 * project would get (the first phase row's). Importable only without problems: all rows or none.
 * {@code notes} say what was adapted on the way (deeper levels folded, unknown resources left out) and
 * do not stop the import. How it was read: the sheets of the file, the {@code options} used (the sheet
 * and the column choices, {@code remembered} when they were the person's choices for these headers),
 * every column with its field, and where the tree was found.
 */
public record ImportPreview(String suggestedName, List<ProgressTableRow> rows, List<TableProblem> problems,
                            List<TableProblem> notes, List<String> sheetNames, ImportOptions options,
                            List<ImportColumn> columns, TreeSource tree, boolean remembered) {

    public ImportPreview(String suggestedName, List<ProgressTableRow> rows, List<TableProblem> problems) {
        this(suggestedName, rows, problems, List.of());
    }

    public ImportPreview(String suggestedName, List<ProgressTableRow> rows, List<TableProblem> problems,
                         List<TableProblem> notes) {
        this(suggestedName, rows, problems, notes, List.of(), ImportOptions.byDefault(), List.of(), null, false);
    }

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /**
     * The options that read this column as {@code field} (empty: ignored) and keep every other choice.
     * A field is read from one column, so the column that had it until now is set to ignored, in plain sight.
     */
    public ImportOptions choose(int column, Optional<ProgressTableColumn> field) {
        Map<Integer, Optional<ProgressTableColumn>> next = new LinkedHashMap<>(options.columns());
        if (field.isPresent()) {
            columns.stream().filter(c -> c.field() == field.get() && c.index() != column)
                    .forEach(c -> next.put(c.index(), Optional.empty()));
        }
        next.put(column, field);
        return options.withColumns(next);
    }

    /** The field each column is read as, ignored columns left out. */
    public Map<Integer, ProgressTableColumn> fieldsByColumn() {
        Map<Integer, ProgressTableColumn> fields = new HashMap<>();
        columns.stream().filter(c -> c.field() != null).forEach(c -> fields.put(c.index(), c.field()));
        return fields;
    }
}
