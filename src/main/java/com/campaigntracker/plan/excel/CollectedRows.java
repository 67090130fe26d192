package com.campaigntracker.plan.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cells a reader finds, gathered into rows; a sheet past {@link ProgressTableReader#MAX_ROWS} rows
 * (and a header) or {@link TableFiles#MAX_CELLS} cells with values is refused as it grows, before it fills
 * the memory. Blank cells are not kept.
 */
final class CollectedRows {

    private final TreeMap<Integer, Map<Integer, SheetCell>> rows = new TreeMap<>();
    private int cells;

    void add(int row, int column, SheetCell cell) {
        if (!cell.isNumeric() && cell.text().isBlank()) {
            return;
        }
        Map<Integer, SheetCell> cellsOfRow = rows.get(row);
        if (cellsOfRow == null) {
            if (rows.size() > ProgressTableReader.MAX_ROWS) { // the header and MAX_ROWS rows are kept
                throw new ProgressTableFormatException("import.file.tooManyRows", ProgressTableReader.MAX_ROWS);
            }
            cellsOfRow = new HashMap<>();
            rows.put(row, cellsOfRow);
        }
        if (cellsOfRow.put(column, cell) == null && ++cells > TableFiles.MAX_CELLS) {
            throw new ProgressTableFormatException("import.file.tooManyCells", TableFiles.MAX_CELLS);
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<SheetRow> rows() {
        List<SheetRow> list = new ArrayList<>(rows.size());
        rows.forEach((row, cellsOfRow) -> list.add(new SheetRow(row, cellsOfRow)));
        return list;
    }
}
