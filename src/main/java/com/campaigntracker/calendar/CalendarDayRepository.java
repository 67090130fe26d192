package com.campaigntracker.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    Optional<CalendarDay> findByDay(LocalDate day);

    List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
