package com.campaigntracker.tracking;

import java.time.LocalDate;

/** A task's recorded weekly checkpoint: the week's Monday, its % then and the % expected then. */
public record WeeklyCheckpoint(long workItemId, LocalDate weekOf, int percent, int expected) {
}
