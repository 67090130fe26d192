package com.campaigntracker.plan;

/** Someone else saved the item after the user opened it; nothing of theirs is overwritten. */
public class ConcurrentEditException extends PlanEditException {

    public ConcurrentEditException(String itemName) {
        super("plan.error.conflict", itemName);
    }
}
