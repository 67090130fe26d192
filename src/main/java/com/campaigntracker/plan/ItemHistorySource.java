package com.campaigntracker.plan;

import java.util.List;

/**
 * What another module adds to a work item's history beside its audited changes (its comments, its file
 * versions): {@link WorkItemHistoryService} places every source's entries by time among its own.
 */
public interface ItemHistorySource {

    /** The item's entries, in any order; called for someone who may see the item's project. */
    List<HistoryEntry> of(long itemId);
}
