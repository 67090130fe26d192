package com.campaigntracker.warning;

import java.time.LocalDate;
import java.util.List;

/** What the R writes in a deviation explanation. */
public record ExplanationForm(CauseType causeType, String cause, String ownerAssessment,
                              List<RemedialMeasure> measures, LocalDate proposedStart, LocalDate proposedFinish) {
}
