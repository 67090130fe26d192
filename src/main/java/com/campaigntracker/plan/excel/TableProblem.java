package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * Something wrong in one cell or row of an imported table: where (row number as Excel shows it,
 * column header) and why (a translation key and its arguments).
 */
public record TableProblem(int rowNumber, String column, String value, String messageKey, List<Object> args) {

    public TableProblem(int rowNumber, String column, String value, String messageKey) {
        this(rowNumber, column, value, messageKey, List.of());
    }
}
