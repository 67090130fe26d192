package com.campaigntracker.plan;

/** Where a new work item goes, relative to the selected one. */
public enum Placement {
    /** A new phase at the end of the project. */
    PHASE,
    /** Right after the selected item, at its level. */
    SIBLING_AFTER,
    /** The last child of the selected item, one level down. */
    CHILD
}
