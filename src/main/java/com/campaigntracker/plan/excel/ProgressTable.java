package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * What a table held: its rows, every problem found in them, notes on what was adapted, and how it was
 * read — each column and the field it was taken as, and where the tree came from (none for tables the
 * reader did not lay out, such as a Microsoft Project plan).
 */
public record ProgressTable(List<ProgressTableRow> rows, List<TableProblem> problems, List<TableProblem> notes,
                            List<ImportColumn> columns, TreeSource tree) {

    public ProgressTable(List<ProgressTableRow> rows, List<TableProblem> problems) {
        this(rows, problems, List.of());
    }

    public ProgressTable(List<ProgressTableRow> rows, List<TableProblem> problems, List<TableProblem> notes) {
        this(rows, problems, notes, List.of(), null);
    }

    /** For tables the product ships (the demo): any problem is a bug. */
    public List<ProgressTableRow> rowsOrThrow() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Unreadable table: " + problems);
        }
        return rows;
    }

    /**
     * The header, as the file writes it, of the column a field was read from (for the level: the column
     * that showed the tree), so that a problem names the column the manager sees; else the field's own.
     */
    String headerOf(ProgressTableColumn field) {
        ProgressTableColumn read = field;
        if (field == ProgressTableColumn.LEVEL && tree == TreeSource.WBS_COLUMN) {
            read = ProgressTableColumn.WBS;
        } else if (field == ProgressTableColumn.LEVEL && tree != null && tree != TreeSource.LEVEL_COLUMN) {
            read = ProgressTableColumn.NAME;
        }
        ProgressTableColumn wanted = read;
        return columns.stream().filter(c -> c.field() == wanted && !c.header().isBlank()).map(ImportColumn::header)
                .findFirst().orElse(field.header());
    }
}
