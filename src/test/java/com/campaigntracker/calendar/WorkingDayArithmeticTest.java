package com.campaigntracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic calendar answers exactly what the day-by-day walk it replaced answered (kept below,
 * in the test only), and its cost does not grow with the days between (M4).
 */
class WorkingDayArithmeticTest {

    private static final LocalDate BASE = LocalDate.of(2024, 6, 1);

    @Test
    void counts_and_shifts_like_the_day_by_day_walk_across_the_2025_and_2026_official_calendars() throws IOException {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        officialDays(holidays, workdays);
        assertThat(holidays).hasSizeGreaterThan(20);
        assertThat(workdays).isNotEmpty();
        compare(new WorkingDayCalendar(holidays, workdays), new DayByDay(holidays, workdays), new Random(19), 20_000, 900);
    }

    @Test
    void counts_and_shifts_like_the_walk_with_random_holidays_weekend_holidays_and_odd_make_up_days() {
        Random random = new Random(6);
        for (int round = 0; round < 40; round++) {
            List<LocalDate> holidays = new ArrayList<>();
            List<LocalDate> workdays = new ArrayList<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                holidays.add(BASE.plusDays(random.nextInt(800))); // some on weekends, some twice
            }
            for (int i = random.nextInt(15); i > 0; i--) {
                // make-up days mostly on weekends, some on weekdays, some on a holiday (the make-up day wins)
                LocalDate d = random.nextInt(4) == 0 && !holidays.isEmpty()
                        ? holidays.get(random.nextInt(holidays.size())) : BASE.plusDays(random.nextInt(800));
                workdays.add(d);
            }
            if (round % 5 == 0) { // a long run of holidays: a fortnight off
                for (int i = 0; i < 14; i++) {
                    holidays.add(BASE.plusDays(300 + i));
                }
            }
            compare(new WorkingDayCalendar(holidays, workdays), new DayByDay(holidays, workdays), random, 2_000, 900);
        }
    }

    @Test
    void empty_and_reversed_ranges_count_nothing_and_shift_zero_stays_on_a_working_day() {
        WorkingDayCalendar calendar = WorkingDayCalendar.mondayToFriday();
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        assertThat(calendar.workingDaysBetween(saturday, saturday)).isZero();
        assertThat(calendar.workingDaysBetween(saturday, saturday.minusDays(1))).isZero();
        assertThat(calendar.workingDaysBetween(saturday.plusDays(2), saturday.minusDays(30))).isZero();
        assertThat(calendar.shift(saturday, 0)).isEqualTo(saturday.plusDays(2));
        assertThat(calendar.shift(saturday, -1)).isEqualTo(saturday.minusDays(2)); // Friday, then Thursday
        assertThat(calendar.onOrBefore(saturday)).isEqualTo(saturday.minusDays(1));
    }

    @Test
    void a_century_and_a_shift_of_25000_working_days_take_a_few_dozen_steps_not_millions_of_days() throws IOException {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        officialDays(holidays, workdays);
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays, workdays);
        DayByDay walk = new DayByDay(holidays, workdays);
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2099, 12, 31);

        long before = WorkingDayCalendar.STEPS.sum();
        int century = calendar.workingDaysBetween(from, to);
        LocalDate forward = calendar.shift(from, 25_000);
        LocalDate backward = calendar.shift(to, -25_000);
        long steps = WorkingDayCalendar.STEPS.sum() - before;

        assertThat(century).isEqualTo(walk.workingDaysBetween(from, to));
        assertThat(forward).isEqualTo(walk.shift(from, 25_000));
        assertThat(backward).isEqualTo(walk.shift(to, -25_000));
        // the walk visits 36,525 and about 35,000 days per call; the arithmetic a binary search of counts
        assertThat(steps).isLessThan(200);
    }

    @Test
    void counts_and_shifts_like_the_walk_across_both_edges_of_the_table_of_working_days() {
        Random random = new Random(21);
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            holidays.add(BASE.plusDays(random.nextInt(400)));
        }
        workdays.add(LocalDate.of(2024, 9, 14)); // a Saturday
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays, workdays);
        DayByDay walk = new DayByDay(holidays, workdays);
        LocalDate[] table = calendar.tableRange();
        assertThat(table[0]).isBefore(LocalDate.of(2015, 1, 1));
        assertThat(table[1]).isAfter(LocalDate.of(2035, 1, 1));
        for (LocalDate edge : table) { // shifts and counts that start, end or cross just inside or outside
            compare(calendar, walk, random, 1_500, 60, edge.minusDays(30));
        }
    }

    private static void compare(WorkingDayCalendar fast, DayByDay walk, Random random, int cases, int span) {
        compare(fast, walk, random, cases, span, BASE);
    }

    private static void compare(WorkingDayCalendar fast, DayByDay walk, Random random, int cases, int span,
                                LocalDate base) {
        for (int i = 0; i < cases; i++) {
            LocalDate a = base.plusDays(random.nextInt(span));
            LocalDate b = a.plusDays(random.nextInt(120) - 20); // some reversed, some empty
            assertThat(fast.workingDaysBetween(a, b)).as("between %s and %s", a, b).isEqualTo(walk.workingDaysBetween(a, b));
            int n = random.nextInt(3) == 0 ? random.nextInt(300) - 150 : random.nextInt(21) - 10;
            assertThat(fast.shift(a, n)).as("%s shifted by %d", a, n).isEqualTo(walk.shift(a, n));
            assertThat(fast.onOrAfter(a)).as("on or after %s", a).isEqualTo(walk.onOrAfter(a));
            assertThat(fast.onOrBefore(a)).as("on or before %s", a).isEqualTo(walk.onOrBefore(a));
            int duration = random.nextInt(40) - 2;
            assertThat(fast.finishFor(a, duration)).isEqualTo(walk.shift(a, Math.max(1, duration) - 1));
            assertThat(fast.startFor(a, duration)).isEqualTo(walk.shift(a, -(Math.max(1, duration) - 1)));
        }
    }

    /** The official 2025 and 2026 holidays and make-up days, as the migration enters them. */
    private static void officialDays(List<LocalDate> holidays, List<LocalDate> workdays) throws IOException {
        try (InputStream in = WorkingDayArithmeticTest.class
                .getResourceAsStream("/db/migration/V19__calendar_official_holidays_and_sources.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("DATE '(\\d{4}-\\d\\d-\\d\\d)'(?: AS day)?, '(HOLIDAY|WORKDAY)'").matcher(sql);
            while (m.find()) {
                (m.group(2).equals("HOLIDAY") ? holidays : workdays).add(LocalDate.parse(m.group(1)));
            }
        }
    }

    /** The implementation before issue 19, walking day by day: the reference the arithmetic must match. */
    private static final class DayByDay {

        private final Set<LocalDate> holidays;
        private final Set<LocalDate> makeUpWorkdays;

        DayByDay(List<LocalDate> holidays, List<LocalDate> makeUpWorkdays) {
            this.holidays = new HashSet<>(holidays);
            this.makeUpWorkdays = new HashSet<>(makeUpWorkdays);
        }

        boolean isWorkingDay(LocalDate day) {
            if (makeUpWorkdays.contains(day)) {
                return true;
            }
            DayOfWeek dow = day.getDayOfWeek();
            return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
        }

        LocalDate onOrAfter(LocalDate day) {
            LocalDate d = day;
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }

        LocalDate onOrBefore(LocalDate day) {
            LocalDate d = day;
            while (!isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }

        LocalDate shift(LocalDate day, int n) {
            LocalDate d = n >= 0 ? onOrAfter(day) : onOrBefore(day);
            int step = n >= 0 ? 1 : -1;
            for (int left = Math.abs(n); left > 0; left--) {
                do {
                    d = d.plusDays(step);
                } while (!isWorkingDay(d));
            }
            return d;
        }

        int workingDaysBetween(LocalDate start, LocalDate finish) {
            int count = 0;
            for (LocalDate d = start; !d.isAfter(finish); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
    }
}
