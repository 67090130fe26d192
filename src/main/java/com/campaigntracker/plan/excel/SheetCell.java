package com.campaigntracker.plan.excel;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A cell as the file holds it: its text as the spreadsheet shows it and, for a number, the value and
 * its number format (which tells a date or a percentage from a plain number), and the cell's indent
 * (Excel's "increase indent", one of the ways a table shows its outline). CSV cells are text only.
 */
record SheetCell(String text, Double number, int formatIndex, String format, int indent) {

    SheetCell(String text, Double number, int formatIndex, String format) {
        this(text, number, formatIndex, format, 0);
    }

    static SheetCell text(String text) {
        return new SheetCell(text, null, -1, null, 0);
    }

    boolean isNumeric() {
        return number != null;
    }

    boolean isDate() {
        return number != null && format != null && DateUtil.isADateFormat(formatIndex, format)
                && DateUtil.isValidExcelDate(number);
    }
}
