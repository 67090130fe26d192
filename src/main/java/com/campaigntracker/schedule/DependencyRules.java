package com.campaigntracker.schedule;

import com.campaigntracker.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The earliest start a dependency allows its successor (R4), on the working-day calendar. A lag
 * counts working days: FS+0 starts the working day after the predecessor finishes.
 */
public final class DependencyRules {

    private DependencyRules() {
    }

    public static LocalDate earliestStart(Link link, Span predecessor, int successorDuration,
                                          WorkingDayCalendar calendar) {
        return switch (link.type()) {
            case FS -> calendar.shift(predecessor.finish(), 1 + link.lag());
            case SS -> calendar.shift(predecessor.start(), link.lag());
            case FF -> calendar.startFor(calendar.shift(predecessor.finish(), link.lag()), successorDuration);
            case SF -> calendar.startFor(calendar.shift(predecessor.start(), link.lag()), successorDuration);
        };
    }
}
