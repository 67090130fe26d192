package com.campaigntracker.plan;

import java.time.LocalDate;

/**
 * A work item's fields as its row shows them, read without its entity: the read-only trees (a timeline,
 * the portfolio) skip hydrating 500 entities a project; edits assemble theirs through {@link #of}.
 */
record ItemFields(long id, long version, Long parentId, long projectId, WorkItemLevel level, int position,
                  String name, String description, String deliverables, Long ownerId, String ownerName,
                  LocalDate plannedStart, LocalDate plannedFinish, LocalDate actualStart, LocalDate actualFinish,
                  ProgressStatus status, String blockedReason, int percentComplete, RiskLevel riskLevel,
                  String remarks, Priority priority, Integer estimateDays, int bufferPercent, boolean keyTask,
                  boolean milestone) {

    /** A saved item's fields (its id, its parent's and its project's are read from their proxies, not loaded). */
    static ItemFields of(WorkItem w) {
        return new ItemFields(w.getId(), w.getVersion(), w.getParent() == null ? null : w.getParent().getId(),
                w.getProject().getId(), w.getLevel(), w.getPosition(), w.getName(), w.getDescription(),
                w.getDeliverables(), w.getOwner() == null ? null : w.getOwner().getId(),
                w.getOwner() == null ? null : w.getOwner().getDisplayName(), w.getPlannedStart(), w.getPlannedFinish(),
                w.getActualStart(), w.getActualFinish(), w.getStatus(), w.getBlockedReason(), w.getPercentComplete(),
                w.getRiskLevel(), w.getRemarks(), w.getPriority(), w.getEstimateDays(), w.getBufferPercent(),
                w.isKeyTask(), w.isMilestone());
    }

    DisplayStatus displayStatus(LocalDate today) {
        return DisplayStatus.of(status, plannedFinish, actualFinish, today);
    }
}
