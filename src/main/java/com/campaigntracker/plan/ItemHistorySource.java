package com.campaigntracker.plan;

import java.util.List;

/**
 * What another module adds to a work item's history beside its audited changes (its comments, its file
 * versions): {@link WorkItemHistoryService} places every source's entries by time among its own.
 */
public interface ItemHistorySource {

    /** One addition by a person: the history service names them as it names everyone in the history. */
    record Added(java.time.Instant when, long personId, HistoryEntry.Kind kind, HistoryEntry.Change change) {
    }

    /** The item's additions, in any order; called for someone who may see the item's project. */
    List<Added> of(long itemId);
}
