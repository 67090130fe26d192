package com.campaigntracker.plan;

import com.campaigntracker.schedule.DependencyType;

/** A dependency as views show it: the arrow from predecessor to successor (R4). */
public record DependencyRow(long id, long predecessorId, long successorId, DependencyType type, int lagDays) {

    public com.campaigntracker.schedule.Link link() {
        return new com.campaigntracker.schedule.Link(predecessorId, successorId, type, lagDays);
    }

    static DependencyRow of(Dependency d) {
        return new DependencyRow(d.getId(), d.getPredecessor().getId(), d.getSuccessor().getId(), d.getType(),
                d.getLagDays());
    }
}
