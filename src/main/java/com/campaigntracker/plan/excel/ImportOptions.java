package com.campaigntracker.plan.excel;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to read an uploaded table: which sheet (0-based; {@link #FIRST_WITH_DATA} until the manager picks one)
 * and the manager's own choice for any column
 * (by 0-based index: a field, or empty for "ignored"); columns not named here are guessed from their
 * headers. With no choice at all, the choices the person made for a file with the same headers are used.
 */
public record ImportOptions(int sheetIndex, Map<Integer, Optional<ProgressTableColumn>> columns) {

    /** The first visible sheet that holds a table: cover and hidden sheets are passed over. */
    public static final int FIRST_WITH_DATA = -1;

    /** More choices than any table has columns would only be a way to fill memory. */
    static final int MAX_COLUMNS = 200;

    public ImportOptions {
        if (sheetIndex < FIRST_WITH_DATA) {
            throw new IllegalArgumentException("sheet " + sheetIndex);
        }
        if (columns.size() > MAX_COLUMNS || columns.keySet().stream().anyMatch(c -> c == null || c < 0 || c >= 16_384)
                || columns.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("column choices " + columns.keySet());
        }
        columns = java.util.Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    /** The first sheet with data, every column guessed (or as the person chose for these headers before). */
    public static ImportOptions byDefault() {
        return new ImportOptions(FIRST_WITH_DATA, Map.of());
    }

    /** Another sheet has other columns: its choices start afresh. */
    public ImportOptions withSheet(int index) {
        return new ImportOptions(index, Map.of());
    }

    /** The same sheet with these choices. */
    public ImportOptions withColumns(Map<Integer, Optional<ProgressTableColumn>> choices) {
        return new ImportOptions(sheetIndex, choices);
    }
}
