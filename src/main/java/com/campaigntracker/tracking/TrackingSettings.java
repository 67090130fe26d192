package com.campaigntracker.tracking;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The organisation's end of the working day (updates are due by then) and how early reminders go out. */
@Component
public class TrackingSettings {

    private final LocalTime endOfDay;
    private final Duration reminderBefore;

    TrackingSettings(@Value("${app.tracking.end-of-day:18:00}") LocalTime endOfDay,
                     @Value("${app.tracking.reminder-before:15m}") Duration reminderBefore) {
        this.endOfDay = endOfDay;
        this.reminderBefore = reminderBefore;
    }

    public LocalTime endOfDay() {
        return endOfDay;
    }

    public Duration reminderBefore() {
        return reminderBefore;
    }
}
