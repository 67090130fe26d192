package com.campaigntracker.plan;

import java.time.LocalDate;

/**
 * A work item as a drag reads it, without its entity: where it hangs, its version and its planned dates.
 * Enough to tell whether a shown timeline is still the stored plan and to push successors on it.
 */
record StoredItem(long id, long version, Long parentId, LocalDate plannedStart, LocalDate plannedFinish) {
}
