package com.campaigntracker.tracking;

import java.time.LocalDate;

/**
 * One point of a task's planned-vs-actual curve.
 *
 * @param actual null where no checkpoint was taken
 */
public record CurvePoint(LocalDate day, int expected, Integer actual) {
}
