package com.campaigntracker.plan;

/** A Module without a Phase above it, or a Task without a Module (row numbers from 1). */
public class PlanRowOrderException extends PlanEditException {

    public PlanRowOrderException(int rowNumber, WorkItemLevel level) {
        super("plan.error.rowOrder", rowNumber, level.name());
    }
}
