package com.campaigntracker.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A work item as every view shows it: WBS code, the table's columns, parents rolled up (R1) and
 * the derived status (R9). Fully loaded; safe outside a transaction.
 *
 * @param predecessors in the form the users type them: {@code 1.2.1}, {@code 1.3SS-1}
 */
public record WorkItemRow(
        long id,
        String wbs,
        WorkItemLevel level,
        String name,
        String description,
        String deliverables,
        String ownerName,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        LocalDate actualStart,
        LocalDate actualFinish,
        DisplayStatus status,
        int percentComplete,
        RiskLevel riskLevel,
        String remarks,
        Priority priority,
        Integer estimateDays,
        int bufferPercent,
        boolean keyTask,
        boolean milestone,
        List<String> predecessors,
        List<WorkItemRow> children) {
}
