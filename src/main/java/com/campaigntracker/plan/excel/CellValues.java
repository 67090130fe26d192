package com.campaigntracker.plan.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The values people write in cells, in the ways they write them, one cell at a time; null where a cell
 * cannot be read. What needs the rest of the table (the year of 10月8日, whether 0.4 is 40 %) is decided
 * by {@link TableValues}.
 */
final class CellValues {

    /** A time after a date is dropped: the plan keeps days. */
    private static final String TIME = "(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    /** 2026-10-08, 2026/10/8, 2026.10.8 (one separator throughout). */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})" + TIME);
    /** 2026年10月8日 (or 号). */
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?" + TIME);
    /** 20261008, as some systems export dates. */
    private static final Pattern DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** 10月8日: no year. */
    private static final Pattern CHINESE_MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?" + TIME);
    /** 10/8: no year, month first as Chinese (and US) Excel shows m/d; 25/8 is no month and no date. */
    private static final Pattern SLASH_MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})" + TIME);

    private CellValues() {
    }

    /** A date as a cell writes it: a whole date, or a month and day that takes its year from the table. */
    record WrittenDate(LocalDate date, MonthDay monthDay) {

        boolean hasYear() {
            return date != null;
        }
    }

    /** A date cell (a date-time keeps its date), or a date written as text in one of the forms above. */
    static WrittenDate writtenDate(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.isDate()) {
            return new WrittenDate(DateUtil.getLocalDateTime(cell.number()).toLocalDate(), null);
        }
        String v = cell.text().strip();
        try {
            Matcher m;
            if ((m = YEAR_FIRST.matcher(v)).matches()) {
                return whole(m.group(1), m.group(3), m.group(4));
            }
            if ((m = CHINESE.matcher(v)).matches() || (m = DIGITS.matcher(v)).matches()) {
                return whole(m.group(1), m.group(2), m.group(3));
            }
            if ((m = CHINESE_MONTH_DAY.matcher(v)).matches() || (m = SLASH_MONTH_DAY.matcher(v)).matches()) {
                return new WrittenDate(null, MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        } catch (DateTimeException e) {
            return null; // 2026-02-30, 13月1日
        }
        return null;
    }

    private static WrittenDate whole(String year, String month, String day) {
        return new WrittenDate(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)),
                null);
    }

    /** A whole date (with its year), or null. */
    static LocalDate date(SheetCell cell) {
        WrittenDate written = writtenDate(cell);
        return written == null ? null : written.date();
    }

    /**
     * A number written without a percent: a number cell not formatted as %, or text such as 0.4 or 40;
     * null for 40 %, a %-formatted cell, and anything that is no number.
     */
    static Double plainNumber(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.isNumeric()) {
            return isPercentFormat(cell) ? null : cell.number();
        }
        String v = cell.text().strip();
        if (v.endsWith("%") || v.endsWith("％")) {
            return null;
        }
        return number(v);
    }

    /**
     * A percentage 0..100: a number cell formatted as % (0.4 → 40), text with a percent sign (40%, 40 ％),
     * or a plain number: a fraction (0.4 → 40) when its column holds fractions, else the percent itself.
     */
    static Integer percent(SheetCell cell, boolean fractions) {
        if (cell == null) {
            return null;
        }
        Double value;
        if (cell.isNumeric() && isPercentFormat(cell)) {
            value = cell.number() * 100;
        } else {
            String v = cell.isNumeric() ? null : cell.text().strip();
            if (v != null && (v.endsWith("%") || v.endsWith("％"))) {
                value = number(v.substring(0, v.length() - 1));
            } else {
                Double plain = plainNumber(cell);
                value = plain == null ? null : fractions ? plain * 100 : plain;
            }
        }
        if (value == null) {
            return null;
        }
        long rounded = Math.round(value);
        return rounded < 0 || rounded > 100 ? null : (int) rounded;
    }

    private static boolean isPercentFormat(SheetCell cell) {
        return cell.format() != null && cell.format().contains("%");
    }

    private static Double number(String text) {
        String v = text.strip();
        if (v.isEmpty() || !v.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) { // no NaN, no 1e3, no hex
            return null;
        }
        return Double.parseDouble(v);
    }
}
