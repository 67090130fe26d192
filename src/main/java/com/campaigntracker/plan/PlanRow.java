package com.campaigntracker.plan;

import com.campaigntracker.people.Person;
import java.time.LocalDate;

/**
 * One line of a plan as the users' progress table holds it, its owner already resolved; rows
 * come in table order, each Module under the Phase before it and each Task under the Module before it.
 *
 * @param predecessors WBS codes within these rows, as typed ({@code 1.2.1FS+2}); may be null
 */
public record PlanRow(
        WorkItemLevel level,
        String name,
        String description,
        String deliverables,
        Person owner,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        LocalDate actualStart,
        LocalDate actualFinish,
        ProgressStatus status,
        int percentComplete,
        RiskLevel riskLevel,
        String remarks,
        Priority priority,
        Integer estimateDays,
        Integer bufferPercent,
        boolean milestone,
        String predecessors) {

    /** A row with the table's own columns only. */
    public static PlanRow basic(WorkItemLevel level, String name, String description, String deliverables,
                                Person owner, LocalDate plannedStart, LocalDate plannedFinish, LocalDate actualStart,
                                LocalDate actualFinish, ProgressStatus status, int percentComplete,
                                RiskLevel riskLevel, String remarks) {
        return new PlanRow(level, name, description, deliverables, owner, plannedStart, plannedFinish, actualStart,
                actualFinish, status, percentComplete, riskLevel, remarks, null, null, null, false, null);
    }
}
