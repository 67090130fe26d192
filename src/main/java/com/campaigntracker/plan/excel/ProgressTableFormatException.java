package com.campaigntracker.plan.excel;

/** A cell of the progress table that cannot be read; says where (1-based row, column header) and why. */
public class ProgressTableFormatException extends RuntimeException {

    private final int rowNumber;
    private final String column;
    private final String value;

    public ProgressTableFormatException(int rowNumber, String column, String value, String reason) {
        super("Row " + rowNumber + ", column " + column + ": " + reason + " (\"" + value + "\")");
        this.rowNumber = rowNumber;
        this.column = column;
        this.value = value;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }
}
