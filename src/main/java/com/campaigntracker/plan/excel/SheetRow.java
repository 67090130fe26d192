package com.campaigntracker.plan.excel;

import java.util.Map;

/** One row of a sheet: its 0-based number in the file and its non-empty cells by 0-based column. */
record SheetRow(int rowNum, Map<Integer, SheetCell> cells) {

    SheetCell getCell(int column) {
        return cells.get(column);
    }

    int getRowNum() {
        return rowNum;
    }
}
