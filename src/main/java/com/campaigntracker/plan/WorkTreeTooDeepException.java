package com.campaigntracker.plan;

/** Refuses a fourth level below Task (R1). */
public class WorkTreeTooDeepException extends PlanEditException {

    public WorkTreeTooDeepException() {
        super("plan.error.tooDeep");
    }
}
