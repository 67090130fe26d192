package com.campaigntracker.plan;

import java.util.Optional;
import java.util.Set;

/**
 * A change saved on a shown timeline: what the user is told, and the timeline as it is now with the
 * items and dependencies whose chart data may differ from the shown one's (moved tasks, their parents,
 * tasks whose float or criticality changed). Without a timeline the shown one could not be brought up
 * to date in memory (someone else changed the plan meanwhile, a new day began): load it again.
 */
public record TimelineEdit(EditOutcome outcome, Optional<Timeline> timeline, Set<Long> changedItems,
                           Set<Long> changedDependencies) {

    /** Saved; the chart loads the timeline again. */
    public static TimelineEdit reload(EditOutcome outcome) {
        return new TimelineEdit(outcome, Optional.empty(), Set.of(), Set.of());
    }
}
