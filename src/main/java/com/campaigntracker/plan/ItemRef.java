package com.campaigntracker.plan;

/**
 * One plan item as other modules name it: its project, its name and its owner (the R). For the
 * discussion and the files of a task, which keep the item by id.
 */
public record ItemRef(long id, long projectId, String projectName, String name, Long ownerId) {
}
