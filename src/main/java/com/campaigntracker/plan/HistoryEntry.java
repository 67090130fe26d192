package com.campaigntracker.plan;

import java.time.Instant;
import java.util.List;

/**
 * One audited change of a work item (R17): when, by whom, and each field before → after. Values
 * are raw (dates, enums, numbers, names) so that views format them in the user's language.
 *
 * @param fieldKey translation key of the field, e.g. {@code item.plannedStart}
 */
public record HistoryEntry(Instant when, String username, String displayName, Kind kind, List<Change> changes) {

    /** COMMENTED and FILE_ADDED come from other modules' {@link ItemHistorySource}s. */
    public enum Kind { CREATED, CHANGED, DELETED, COMMENTED, FILE_ADDED }

    public record Change(String fieldKey, Object before, Object after) {
    }

    /** The A's decision on the deliverable, as a change's new value, with the file versions judged. */
    public record Acceptance(boolean accepted, String comment, List<String> files) {
    }
}
