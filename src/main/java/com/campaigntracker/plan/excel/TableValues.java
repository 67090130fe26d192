package com.campaigntracker.plan.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The values of one table that need the rest of the table to be read.
 *
 * <p><b>A date without a year</b> (10月8日, 10/8) takes the year that puts it nearest to the date read
 * before it: the dates are read row by row and, in a row, from left to right across the date columns.
 * Before the first date with a year, the first date with a year anywhere in the table is the reference;
 * a table with no year at all is read around today (the app's clock). "Nearest" means a month more than
 * half a year before the reference belongs to the next year and one more than half a year after it to
 * the year before: 2026-12-20 then 1月5日 is 2027-01-05; 2027-01-05 then 12月28日 is 2026-12-28.
 *
 * <p><b>A plain percentage</b> (written without %: 0.4, 40, 1) is a fraction of one when every plain
 * number in its column lies in 0..1 and at least one of them has decimals (0, 0.5, 1 → 0 %, 50 %, 100 %);
 * otherwise it is the percent itself (0, 40, 100; and a column of only 0 and 1 means 0 % and 1 %: write
 * 100% to say done). 40%, 100% and number cells formatted as % are read as they show, whatever the column.
 */
final class TableValues {

    private final List<SheetRow> rows;
    private final Map<Long, LocalDate> dates = new HashMap<>();
    private final Map<Integer, Boolean> fractionColumns = new HashMap<>();

    /** {@code today} is null when no clock is at hand: a table without a year then leaves its dates unread. */
    TableValues(List<SheetRow> rows, Collection<Integer> dateColumns, LocalDate today) {
        this.rows = rows;
        TreeSet<Integer> columns = new TreeSet<>(dateColumns);
        LocalDate firstWhole = null;
        for (SheetRow row : rows) {
            for (int column : columns) {
                LocalDate whole = CellValues.date(row.getCell(column));
                if (whole != null) {
                    firstWhole = whole;
                    break;
                }
            }
            if (firstWhole != null) {
                break;
            }
        }
        LocalDate reference = firstWhole != null ? firstWhole : today;
        for (SheetRow row : rows) {
            for (int column : columns) {
                CellValues.WrittenDate written = CellValues.writtenDate(row.getCell(column));
                if (written == null) {
                    continue;
                }
                LocalDate date = written.hasYear() ? written.date() : nearest(written.monthDay(), reference);
                if (date != null) {
                    dates.put(key(row, column), date);
                    reference = date;
                }
            }
        }
    }

    /** The date in that cell, its year completed from the table; null when the cell holds no date. */
    LocalDate date(SheetRow row, int column) {
        LocalDate date = dates.get(key(row, column));
        return date != null ? date : CellValues.date(row.getCell(column));
    }

    /** The percentage 0..100 in that cell, read by its column's way of writing them; null if none. */
    Integer percent(SheetRow row, int column) {
        return CellValues.percent(row.getCell(column), fractions(column));
    }

    /** Whether the plain numbers of that column are fractions of one (see the class comment). */
    boolean fractions(int column) {
        return fractionColumns.computeIfAbsent(column, c -> {
            boolean any = false;
            boolean decimals = false;
            for (SheetRow row : rows) {
                Double n = CellValues.plainNumber(row.getCell(c));
                if (n == null) {
                    continue;
                }
                if (n < 0 || n > 1) {
                    return false;
                }
                any = true;
                decimals |= n != Math.rint(n);
            }
            return any && decimals;
        });
    }

    private static LocalDate nearest(MonthDay monthDay, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        LocalDate best = null;
        for (int year : new int[] {reference.getYear(), reference.getYear() + 1, reference.getYear() - 1}) {
            try {
                LocalDate candidate = monthDay.atYear(year);
                if (monthDay.getMonthValue() == 2 && monthDay.getDayOfMonth() == 29 && !candidate.isLeapYear()) {
                    continue; // atYear would give 28 February
                }
                if (best == null || distance(candidate, reference) < distance(best, reference)) {
                    best = candidate;
                }
            } catch (DateTimeException e) {
                // no such day in that year
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static long key(SheetRow row, int column) {
        return ((long) row.getRowNum() << 32) | (column & 0xFFFFFFFFL);
    }
}
