package com.campaigntracker.tracking;

/**
 * One line of My Tasks.
 *
 * @param toAccept finished by its R and waiting for me, its A
 */
public record MyTask(TrackedTask task, MyRole role, boolean toAccept) {
}
