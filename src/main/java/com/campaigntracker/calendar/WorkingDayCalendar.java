package com.campaigntracker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * Working days (R16): Monday to Friday, minus holidays, plus make-up working days (调休) that fall
 * on a weekend. Immutable; the organisation's calendar is loaded into one of these.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar MONDAY_TO_FRIDAY = new WorkingDayCalendar(Set.of(), Set.of());
    /** 1970-01-05, the first Monday of the epoch: weeks are counted from it. */
    private static final long EPOCH_MONDAY = 4;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    /** Weekdays that are holidays (and not make-up days), as sorted epoch days: each one less to work. */
    private final long[] weekdaysOff;
    /** Weekend days that are make-up working days (调休), as sorted epoch days: each one more to work. */
    private final long[] weekendsWorked;
    /** Package-private: how many counting steps ran, so a test sees the cost does not grow with days. */
    static final java.util.concurrent.atomic.LongAdder STEPS = new java.util.concurrent.atomic.LongAdder();
    /** Days the table reaches before the first listed day and after the last (ten years). */
    static final int TABLE_MARGIN = 3653;
    /** Epoch day where the table starts; a plan's dates nearly always fall inside it. */
    private final long tableFirst;
    /**
     * {@code before[i]}: working days in [tableFirst, tableFirst + i): counting and shifting inside the
     * table are array reads, which a Gantt of 10,000 tasks does tens of thousands of times per load.
     */
    private final int[] before;
    /** {@code workingDays[k]}: the k-th working day of the table, as days from {@code tableFirst}. */
    private final int[] workingDays;

    public WorkingDayCalendar(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        this.weekdaysOff = this.holidays.stream().filter(d -> !isWeekend(d) && !this.makeUpWorkdays.contains(d))
                .mapToLong(LocalDate::toEpochDay).sorted().toArray();
        this.weekendsWorked = this.makeUpWorkdays.stream().filter(WorkingDayCalendar::isWeekend)
                .mapToLong(LocalDate::toEpochDay).sorted().toArray();
        // Monday to Friday alone is plain arithmetic; with listed days, a table around them
        java.util.LongSummaryStatistics listed = java.util.stream.Stream.concat(this.holidays.stream(),
                this.makeUpWorkdays.stream()).mapToLong(LocalDate::toEpochDay).summaryStatistics();
        if (listed.getCount() == 0) {
            tableFirst = 0;
            before = new int[]{0};
            workingDays = new int[0];
            return;
        }
        tableFirst = listed.getMin() - TABLE_MARGIN;
        int days = Math.toIntExact(listed.getMax() + TABLE_MARGIN - tableFirst + 1);
        before = new int[days + 1];
        int[] working = new int[days];
        int k = 0;
        for (int i = 0; i < days; i++) {
            before[i] = k;
            if (isWorkingDay(LocalDate.ofEpochDay(tableFirst + i))) {
                working[k++] = i;
            }
        }
        before[days] = k;
        workingDays = Arrays.copyOf(working, k);
    }

    /** The table's first and last day (package-private: the tests probe its edges). */
    LocalDate[] tableRange() {
        return new LocalDate[]{LocalDate.ofEpochDay(tableFirst), LocalDate.ofEpochDay(tableFirst + before.length - 2)};
    }

    /** Whether the epoch days {@code a}..{@code b} (a &lt;= b + 1) lie inside the table. */
    private boolean inTable(long a, long b) {
        return a >= tableFirst && b + 1 - tableFirst < before.length;
    }

    public static WorkingDayCalendar mondayToFriday() {
        return MONDAY_TO_FRIDAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : nthAfter(day.toEpochDay(), 1);
    }

    /** The day itself when it is a working day, else the working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        return isWorkingDay(day) ? day : nthBefore(day.toEpochDay(), 1);
    }

    /**
     * The working day {@code n} working days after {@code day} (before it when negative); with 0,
     * the day itself or the next working day.
     */
    public LocalDate shift(LocalDate day, int n) {
        if (n >= 0) {
            LocalDate from = onOrAfter(day);
            return n == 0 ? from : nthAfter(from.toEpochDay() + 1, n);
        }
        LocalDate from = onOrBefore(day);
        return nthBefore(from.toEpochDay() - 1, -(long) n);
    }

    /** Last day of a span of {@code duration} working days (at least 1) that starts on {@code start}. */
    public LocalDate finishFor(LocalDate start, int duration) {
        return shift(start, Math.max(1, duration) - 1);
    }

    /** First day of a span of {@code duration} working days (at least 1) that ends on {@code finish}. */
    public LocalDate startFor(LocalDate finish, int duration) {
        return shift(finish, -(Math.max(1, duration) - 1));
    }

    public LocalDate firstWorkingDayOf(YearMonth month) {
        return onOrAfter(month.atDay(1));
    }

    /**
     * Working days from start to finish, both included; 0 when finish is before start. Whole weeks
     * times five plus the rest, corrected by the holidays and make-up days inside: it costs the log of
     * the holidays, not the days between.
     */
    public int workingDaysBetween(LocalDate start, LocalDate finish) {
        long a = start.toEpochDay();
        long b = finish.toEpochDay();
        return b < a ? 0 : Math.toIntExact(count(a, b));
    }

    /** Working days in [a, b] (epoch days, a &lt;= b + 1). */
    private long count(long a, long b) {
        STEPS.increment();
        if (inTable(a, b)) {
            return before[(int) (b + 1 - tableFirst)] - before[(int) (a - tableFirst)];
        }
        return weekdaysBefore(b + 1) - weekdaysBefore(a)
                - inRange(weekdaysOff, a, b) + inRange(weekendsWorked, a, b);
    }

    /** The n-th working day (n &gt;= 1) on or after epoch day {@code from}. */
    private LocalDate nthAfter(long from, long n) {
        if (inTable(from, from - 1)) {
            long k = before[(int) (from - tableFirst)] + n - 1; // index of the n-th working day from "from" on
            if (k < workingDays.length) {
                return LocalDate.ofEpochDay(tableFirst + workingDays[(int) k]);
            }
        }
        // every 5 working days take at most 7 days, plus 3 days for each weekday off
        long lo = from;
        long hi = from + (n / 5 + 1) * 7 + 3L * weekdaysOff.length;
        while (lo < hi) { // the first day whose count from "from" reaches n
            long mid = lo + (hi - lo) / 2;
            if (count(from, mid) >= n) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    /** The n-th working day (n &gt;= 1) on or before epoch day {@code from}, counting backwards. */
    private LocalDate nthBefore(long from, long n) {
        if (inTable(from + 1, from)) {
            long k = before[(int) (from + 1 - tableFirst)] - n; // working days up to "from", less n
            if (k >= 0) {
                return LocalDate.ofEpochDay(tableFirst + workingDays[(int) k]);
            }
        }
        long hi = from;
        long lo = from - (n / 5 + 1) * 7 - 3L * weekdaysOff.length;
        while (lo < hi) { // the last day whose count up to "from" reaches n
            long mid = hi - (hi - lo) / 2;
            if (count(mid, from) >= n) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    /** Monday to Friday among the epoch days before {@code day}, counted from the first epoch Monday. */
    private static long weekdaysBefore(long day) {
        long k = day - EPOCH_MONDAY;
        return Math.floorDiv(k, 7) * 5 + Math.min(Math.floorMod(k, 7), 5);
    }

    private static long inRange(long[] sorted, long a, long b) {
        return b < a ? 0 : firstAtOrAfter(sorted, b + 1) - firstAtOrAfter(sorted, a);
    }

    private static int firstAtOrAfter(long[] sorted, long day) {
        int i = Arrays.binarySearch(sorted, day);
        return i >= 0 ? i : -i - 1;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
