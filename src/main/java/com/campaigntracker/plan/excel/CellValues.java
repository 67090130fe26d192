package com.campaigntracker.plan.excel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.DateUtil;

/** The values people write in cells, in the ways they write them; null where a cell cannot be read. */
final class CellValues {

    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日")};

    private CellValues() {
    }

    /** A date cell, or a date written as text. */
    static LocalDate date(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.isDate()) {
            return DateUtil.getLocalDateTime(cell.number()).toLocalDate();
        }
        String v = cell.text().strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(v, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    /** A percentage 0..100: a number cell (formatted as % or not), or text such as 40% or 40. */
    static Integer percent(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        double value;
        if (cell.isNumeric()) {
            double n = cell.number();
            value = cell.format() != null && cell.format().contains("%") ? n * 100 : n;
        } else {
            try {
                value = Double.parseDouble(cell.text().replace("%", "").strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long rounded = Math.round(value);
        return rounded < 0 || rounded > 100 ? null : (int) rounded;
    }
}
