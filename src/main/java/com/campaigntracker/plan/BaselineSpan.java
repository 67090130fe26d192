package com.campaigntracker.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A work item's planned dates as a baseline froze them. */
@Embeddable
public record BaselineSpan(
        @Column(name = "planned_start", nullable = false) LocalDate start,
        @Column(name = "planned_finish", nullable = false) LocalDate finish) {
}
