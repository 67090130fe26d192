package com.campaigntracker.plan;

/** A Module without a Phase above it, or a Task without a Module. */
public class PlanRowOrderException extends RuntimeException {

    public static final String MESSAGE_KEY = "plan.error.rowOrder";

    private final int rowNumber;
    private final WorkItemLevel level;

    public PlanRowOrderException(int rowNumber, WorkItemLevel level) {
        super("Row " + rowNumber + ": a " + level + " needs a " + WorkItemLevel.values()[level.depth() - 2] + " above it");
        this.rowNumber = rowNumber;
        this.level = level;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public WorkItemLevel level() {
        return level;
    }
}
