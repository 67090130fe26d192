package com.campaigntracker.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code app.today}: {@code 2027-01-01} (that day at 10:00, mid-morning of a working day) or
 * {@code 2026-12-11T17:50}; the clock then starts there and runs at the real pace.
 */
public final class StartingDay {

    /** The time of day a bare date starts at: inside working hours, far from midnight. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);
    private static final Logger log = LoggerFactory.getLogger(StartingDay.class);

    private StartingDay() {
    }

    /** {@code system} itself when {@code today} is blank, else a clock shifted to start at that moment. */
    public static Clock clock(Clock system, String today) {
        if (today == null || today.isBlank()) {
            return system;
        }
        LocalDateTime start = parse(today.strip());
        Duration offset = Duration.between(system.instant(), start.atZone(system.getZone()).toInstant());
        log.warn("The clock runs as if it were {} in {} (app.today)", start, system.getZone());
        return Clock.offset(system, offset);
    }

    static LocalDateTime parse(String text) {
        try {
            return text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atTime(DEFAULT_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("app.today must be a date (2027-01-01) or a date and time"
                    + " (2026-12-11T17:50), not '" + text + "'", e);
        }
    }
}
