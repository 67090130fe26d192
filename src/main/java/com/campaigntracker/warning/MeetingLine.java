package com.campaigntracker.warning;

import java.time.LocalDate;
import java.util.List;

/** A coordination meeting as the explanation's page shows it. */
public record MeetingLine(long id, LocalDate heldOn, List<String> attendees, String conclusion) {
}
