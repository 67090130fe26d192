package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * An uploaded spreadsheet before its columns are understood: the names of its sheets and, read on
 * demand, the cells of one of them. Each format has its own reader; {@link TableFiles} picks it.
 */
interface TableFile {

    /** The sheets in the file's order (tab order), hidden ones included; a CSV file has one. */
    List<String> sheetNames();

    /** The sheet at that index, capped at {@link ProgressTableReader#MAX_ROWS} rows with values. */
    RawSheet sheet(int index);

    /** Whether the workbook hides that sheet (listed all the same: people hide the sheet they mean, too). */
    boolean isHidden(int index);

    /**
     * The sheet an import reads unless the person chooses another: the first visible sheet with a header
     * and at least one row under it; failing that, the first visible sheet; failing that, the first.
     * A cover, an empty or a hidden sheet in front of the plan is so passed over.
     */
    default int firstSheetWithData() {
        int count = sheetNames().size();
        int firstVisible = -1;
        for (int i = 0; i < count; i++) {
            if (isHidden(i)) {
                continue;
            }
            if (firstVisible < 0) {
                firstVisible = i;
            }
            if (sheet(i).rows().size() >= 2) {
                return i;
            }
        }
        return Math.max(firstVisible, 0);
    }
}
