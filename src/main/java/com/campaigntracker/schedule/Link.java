package com.campaigntracker.schedule;

/** A dependency between two work items by id: the successor waits for the predecessor (R4). */
public record Link(long predecessor, long successor, DependencyType type, int lag) {
}
