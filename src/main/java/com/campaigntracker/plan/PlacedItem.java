package com.campaigntracker.plan;

import java.time.LocalDate;

/** A work item as its schedule's shape needs it: where it hangs, in which place, and its planned dates. */
record PlacedItem(long id, Long parentId, int position, LocalDate plannedStart, LocalDate plannedFinish) {
}
