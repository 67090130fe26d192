package com.campaigntracker.plan;

/** What happens when a date change breaks a dependency (R4): the manager chooses. */
public enum DependencyMode {
    /** Refuse the change and say which predecessor it breaks. */
    REFUSE,
    /** Apply it and move the successors as far as their predecessors require, saying what moved. */
    MOVE_SUCCESSORS,
    /**
     * Refuse a start before what the predecessors allow (they are not moved back), but move the
     * successors: what dragging a bar on the Gantt does.
     */
    PUSH_SUCCESSORS
}
