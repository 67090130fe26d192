package com.campaigntracker.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    Optional<CalendarDay> findByDay(LocalDate day);

    List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    @Query("select distinct year(d.day) from CalendarDay d where d.kind = com.campaigntracker.calendar.DayKind.HOLIDAY"
            + " and d.day between :from and :to")
    List<Integer> yearsWithHolidays(LocalDate from, LocalDate to);

    /** 1 when the year is newly noted, 0 when someone noted it before (also on another instance). */
    @Modifying
    @Query(value = "insert ignore into calendar_year_notice (year, noticed_at) values (:year, :at)", nativeQuery = true)
    int noteYearWithoutHolidays(int year, java.time.Instant at);

    /**
     * A fingerprint of every day's date and kind: how many and the sum of their checksums, computed by the
     * database. It changes with any change of the calendar, whichever instance made it.
     */
    @Query(value = "select count(*), coalesce(sum(crc32(concat_ws('|', day, kind))), 0) from calendar_day",
            nativeQuery = true)
    List<Object[]> fingerprint();
}
