package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates and percentages as people write them, and what the rest of the table tells about them. */
class TableValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    @Test
    void whole_dates_are_read_in_every_form_people_write_them() {
        assertThat(CellValues.date(SheetCell.text("2026-10-08"))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(SheetCell.text("2026/10/8"))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(SheetCell.text("2026.10.8"))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(SheetCell.text("2026年10月8日"))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(SheetCell.text(" 2026 年 10 月 8 号 "))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(SheetCell.text("20261008"))).isEqualTo(LocalDate.of(2026, 10, 8));
        // a date-time keeps its date
        assertThat(CellValues.date(SheetCell.text("2026-10-08 17:30"))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(SheetCell.text("2026/10/8 9:05:00"))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(SheetCell.text("2026-10-08T09:00"))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void excel_date_and_date_time_cells_are_read_by_their_format() {
        // 46303 is 2026-10-08 in Excel's 1900 system; .75 is 18:00
        assertThat(CellValues.date(new SheetCell("2026/10/8", 46303.0, 14, "m/d/yy")))
                .isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(new SheetCell("2026-10-08 18:00", 46303.75, 22, "m/d/yy h:mm")))
                .isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CellValues.date(new SheetCell("2026年10月8日", 46303.0, 176, "yyyy\"年\"m\"月\"d\"日\"")))
                .isEqualTo(LocalDate.of(2026, 10, 8));
        // the same number as a plain number is no date
        assertThat(CellValues.date(new SheetCell("46303", 46303.0, 0, "General"))).isNull();
    }

    @Test
    void what_is_no_date_is_not_read_as_one() {
        assertThat(CellValues.writtenDate(SheetCell.text("三月一日"))).isNull();
        assertThat(CellValues.writtenDate(SheetCell.text("2026-02-30"))).isNull();
        assertThat(CellValues.writtenDate(SheetCell.text("2026-10/8"))).isNull();
        assertThat(CellValues.writtenDate(SheetCell.text("13月1日"))).isNull();
        // month first, never guessed the other way: 25/8 is no month
        assertThat(CellValues.writtenDate(SheetCell.text("25/8"))).isNull();
        assertThat(CellValues.writtenDate(SheetCell.text("10.8"))).isNull();
        assertThat(CellValues.writtenDate(SheetCell.text("8/10/2026"))).isNull();
    }

    @Test
    void a_date_without_a_year_takes_the_year_of_the_date_above_it() {
        TableValues values = values(
                new String[] {"计划开始", "计划完成"},
                new String[] {"2026-10-08", "10月12日"},
                new String[] {"10/15", "2026年10月20日"},
                new String[] {"11月1日", "11/3"});
        assertThat(dates(values)).containsExactly(
                "2026-10-08", "2026-10-12", "2026-10-15", "2026-10-20", "2026-11-01", "2026-11-03");
    }

    @Test
    void a_month_that_goes_back_from_december_to_january_is_the_next_year_and_back_again() {
        TableValues values = values(
                new String[] {"计划开始", "计划完成"},
                new String[] {"2026-12-20", "1月5日"},   // the same row: the finish after the start
                new String[] {"12月28日", "2/3"},        // back to 2026 (nearer), then on to 2027
                new String[] {"2026-11-02", "11月30日"}); // a whole date sets the year again
        assertThat(dates(values)).containsExactly(
                "2026-12-20", "2027-01-05", "2026-12-28", "2027-02-03", "2026-11-02", "2026-11-30");
    }

    @Test
    void dates_before_the_first_whole_date_take_its_year() {
        TableValues values = values(
                new String[] {"计划开始", "计划完成"},
                new String[] {"3月1日", "3月5日"},
                new String[] {"3月6日", "2027-03-10"});
        assertThat(dates(values)).containsExactly("2027-03-01", "2027-03-05", "2027-03-06", "2027-03-10");
    }

    @Test
    void a_table_without_any_year_is_read_around_today() {
        TableValues values = values(
                new String[] {"计划开始", "计划完成"},
                new String[] {"10月8日", "10月12日"},
                new String[] {"12月30日", "1月6日"});
        assertThat(dates(values)).containsExactly("2026-10-08", "2026-10-12", "2026-12-30", "2027-01-06");
        // planned in December for a campaign in spring: the spring ahead, not the one gone by
        TableValues inDecember = new TableValues(rows(new String[] {"计划开始"}, new String[] {"3月1日"}), List.of(0),
                LocalDate.of(2026, 12, 5));
        assertThat(inDecember.date(rows(new String[] {"计划开始"}, new String[] {"3月1日"}).get(1), 0))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        // without a clock, there is no year to give
        TableValues noClock = new TableValues(rows(new String[] {"计划开始"}, new String[] {"3月1日"}), List.of(0),
                null);
        assertThat(noClock.date(rows(new String[] {"计划开始"}, new String[] {"3月1日"}).get(1), 0)).isNull();
    }

    @Test
    void the_29th_of_february_takes_the_nearest_leap_year_or_is_no_date() {
        TableValues leap = values(new String[] {"计划开始", "计划完成"}, new String[] {"2028-02-20", "2月29日"});
        assertThat(dates(leap)).containsExactly("2028-02-20", "2028-02-29");
        TableValues notLeap = values(new String[] {"计划开始", "计划完成"}, new String[] {"2026-02-20", "2月29日"});
        assertThat(dates(notLeap)).containsExactly("2026-02-20", "null");
    }

    @Test
    void percentages_with_a_sign_or_a_percent_format_are_read_as_they_show() {
        assertThat(CellValues.percent(SheetCell.text("40%"), false)).isEqualTo(40);
        assertThat(CellValues.percent(SheetCell.text("40 ％"), true)).isEqualTo(40);
        assertThat(CellValues.percent(SheetCell.text("100%"), true)).isEqualTo(100);
        assertThat(CellValues.percent(SheetCell.text("1%"), true)).isEqualTo(1);
        assertThat(CellValues.percent(new SheetCell("40%", 0.4, 9, "0%"), false)).isEqualTo(40);
        assertThat(CellValues.percent(new SheetCell("100%", 1.0, 9, "0%"), false)).isEqualTo(100);
        assertThat(CellValues.percent(SheetCell.text("150%"), false)).isNull();
        assertThat(CellValues.percent(SheetCell.text("-5"), false)).isNull();
        assertThat(CellValues.percent(SheetCell.text("四成"), false)).isNull();
        assertThat(CellValues.percent(SheetCell.text("NaN"), false)).isNull();
    }

    @Test
    void plain_numbers_are_fractions_when_the_whole_column_is_and_one_has_decimals() {
        TableValues fractions = values(new String[] {"完成度"}, new String[] {"0.4"}, new String[] {"1"},
                new String[] {"0"}, new String[] {"100%"});
        assertThat(percents(fractions)).containsExactly(40, 100, 0, 100);

        TableValues percents = values(new String[] {"完成度"}, new String[] {"40"}, new String[] {"1"},
                new String[] {"0.5"}, new String[] {"100"});
        assertThat(percents(percents)).containsExactly(40, 1, 1, 100);

        // only 0 and 1: no decimals, so they are percents (write 100% for done)
        TableValues noDecimals = values(new String[] {"完成度"}, new String[] {"0"}, new String[] {"1"});
        assertThat(percents(noDecimals)).containsExactly(0, 1);

        // number cells count like text: 0.25 in a General cell beside a 1
        List<SheetRow> cells = List.of(row(0, SheetCell.text("完成度")), row(1, new SheetCell("0.25", 0.25, 0, "General")),
                row(2, new SheetCell("1", 1.0, 0, "General")));
        TableValues numeric = new TableValues(cells, List.of(), TODAY);
        assertThat(numeric.percent(cells.get(1), 0)).isEqualTo(25);
        assertThat(numeric.percent(cells.get(2), 0)).isEqualTo(100);
    }

    private static SheetRow row(int rowNum, SheetCell cell) {
        return new SheetRow(rowNum, Map.of(0, cell));
    }

    private static List<SheetRow> rows(String[]... table) {
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 0; r < table.length; r++) {
            Map<Integer, SheetCell> cells = new HashMap<>();
            for (int c = 0; c < table[r].length; c++) {
                cells.put(c, SheetCell.text(table[r][c]));
            }
            rows.add(new SheetRow(r, cells));
        }
        return rows;
    }

    private List<SheetRow> rows;

    private TableValues values(String[]... table) {
        rows = rows(table);
        return new TableValues(rows, List.of(0, 1), TODAY);
    }

    private List<String> dates(TableValues values) {
        List<String> read = new ArrayList<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            for (int c = 0; c < row.cells().size(); c++) {
                read.add(String.valueOf(values.date(row, c)));
            }
        }
        return read;
    }

    private List<Integer> percents(TableValues values) {
        return rows.subList(1, rows.size()).stream().map(r -> values.percent(r, 0)).toList();
    }
}
