package com.campaigntracker.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of calendar lines did.
 *
 * @param saved    days added or changed; 0 when any line had a problem
 * @param problems lines that were not understood, by line number
 */
public record CalendarImport(int saved, List<Problem> problems) {

    public record Line(LocalDate day, DayKind kind, String name) {
    }

    public record Problem(int lineNumber, String text) {
    }
}
