package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * An uploaded spreadsheet before its columns are understood: the names of its sheets and, read on
 * demand, the cells of one of them. Each format has its own reader; {@link TableFiles} picks it.
 */
interface TableFile {

    /** The sheets in the file's order; a file without sheets (CSV) has one. */
    List<String> sheetNames();

    /** The sheet at that index, capped at {@link ProgressTableReader#MAX_ROWS} rows with values. */
    RawSheet sheet(int index);
}
