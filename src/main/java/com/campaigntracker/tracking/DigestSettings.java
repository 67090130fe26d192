package com.campaigntracker.tracking;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A project's digest schedule as the manager sets it. */
public record DigestSettings(DayOfWeek day, LocalTime at, boolean enabled, long version) {
}
