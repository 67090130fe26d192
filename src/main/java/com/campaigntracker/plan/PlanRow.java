package com.campaigntracker.plan;

import com.campaigntracker.people.Person;
import java.time.LocalDate;

/**
 * One line of a plan as the users' progress table holds it, its owner already resolved; rows
 * come in table order, each Module under the Phase before it and each Task under the Module before it.
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
        String remarks) {
}
