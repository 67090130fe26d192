package com.campaigntracker.plan;

/** M6: the project is closed or cancelled, a record: nothing of it changes until an administrator reopens it. */
public class ProjectClosedException extends PlanEditException {

    public ProjectClosedException(String projectName) {
        super("project.error.closedRecord", projectName);
    }
}
