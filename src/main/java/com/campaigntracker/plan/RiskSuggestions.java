package com.campaigntracker.plan;

import java.util.List;

/**
 * Risks seen on similar tasks of finished campaigns (the risk-point library), offered when a
 * manager adds a task to a plan. The tracking module provides it; the plan's views use it without
 * depending on that module.
 */
public interface RiskSuggestions {

    /** The closest and most often seen first; empty when nothing finished looks like it. */
    List<Suggestion> forTask(String taskName, int limit);

    /** Adds the suggestion as an open risk point of the task, owned by {@code ownerId} (may be null). */
    void accept(long itemId, Long ownerId, Suggestion suggestion);

    /**
     * A risk from the library.
     *
     * @param seenOn      the module and task it was raised on
     * @param timesOnTime how often the task still finished by its planned finish
     */
    record Suggestion(String description, RiskLevel level, String measures, String seenOn, int timesSeen,
                      int timesOnTime) {
    }
}
