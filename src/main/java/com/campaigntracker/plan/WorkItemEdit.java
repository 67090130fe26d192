package com.campaigntracker.plan;

import java.time.LocalDate;

/**
 * The planning fields of one row as the user left them in the grid; the service works out what
 * changed and keeps start, duration and finish consistent on the calendar.
 *
 * @param duration     planned working days
 * @param predecessors as typed: {@code 1.2.1, 1.3SS-1}
 */
public record WorkItemEdit(
        String name,
        String description,
        String deliverables,
        Long ownerId,
        LocalDate plannedStart,
        Integer duration,
        LocalDate plannedFinish,
        Priority priority,
        Integer estimateDays,
        int bufferPercent,
        String predecessors,
        boolean keyTask,
        boolean milestone,
        RiskLevel riskLevel,
        String remarks) {

    public static WorkItemEdit of(WorkItemRow row) {
        return new WorkItemEdit(row.name(), row.description(), row.deliverables(), row.ownerId(),
                row.plannedStart(), row.duration(), row.plannedFinish(), row.priority(), row.estimateDays(),
                row.bufferPercent(), String.join(", ", row.predecessors()), row.keyTask(), row.milestone(),
                row.riskLevel(), row.remarks());
    }
}
