package com.campaigntracker.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A work item as every view shows it: WBS code, the table's columns, parents rolled up (R1), the
 * derived status (R9), the planned duration in working days and the R2 hints. Fully loaded; safe
 * outside a transaction. {@code version} goes back with an edit so that a stale one is refused.
 *
 * @param predecessors in the form the users type them: {@code 1.2.1}, {@code 1.3SS-1}
 * @param storedStatus what the owner set (R9), before "delayed" is derived
 * @param hints        translation keys of the R2 hints (too short, too long, no deliverable)
 */
public record WorkItemRow(
        long id,
        long version,
        String wbs,
        WorkItemLevel level,
        String name,
        String description,
        String deliverables,
        Long ownerId,
        String ownerName,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        Integer duration,
        LocalDate actualStart,
        LocalDate actualFinish,
        DisplayStatus status,
        ProgressStatus storedStatus,
        String blockedReason,
        int percentComplete,
        RiskLevel riskLevel,
        String remarks,
        Priority priority,
        Integer estimateDays,
        int bufferPercent,
        boolean keyTask,
        boolean milestone,
        List<String> predecessors,
        List<String> hints,
        List<WorkItemRow> children) {

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
