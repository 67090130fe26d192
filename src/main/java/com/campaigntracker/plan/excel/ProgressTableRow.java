package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.time.LocalDate;

/** One data row of the users' Excel progress table, read as written; owners are still names. */
public record ProgressTableRow(
        int rowNumber,
        WorkItemLevel level,
        String name,
        String description,
        String deliverables,
        String ownerName,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        LocalDate actualStart,
        LocalDate actualFinish,
        ProgressStatus status,
        int percentComplete,
        RiskLevel riskLevel,
        String remarks) {
}
