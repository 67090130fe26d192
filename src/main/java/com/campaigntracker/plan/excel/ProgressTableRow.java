package com.campaigntracker.plan.excel;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of the users' Excel progress table, read as written; people are still names.
 * A cell that could not be read is null here and reported as a {@link TableProblem}. {@code code} is the
 * row's own number in the file (its WBS or 序号 column, or the number before its name), null without one:
 * the file's predecessors name rows by it.
 */
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
        String remarks,
        String predecessors,
        Priority priority,
        String accountableName,
        List<String> consultedNames,
        List<String> informedNames,
        boolean milestone,
        Integer estimateDays,
        Integer bufferPercent,
        String code) {

    /** The same row without its owner (a name nobody here has). */
    ProgressTableRow withoutOwner() {
        return new ProgressTableRow(rowNumber, level, name, description, deliverables, null, plannedStart,
                plannedFinish, actualStart, actualFinish, status, percentComplete, riskLevel, remarks, predecessors,
                priority, accountableName, consultedNames, informedNames, milestone, estimateDays, bufferPercent, code);
    }

    /** The same row with its predecessors written another way (the plan's codes instead of the file's). */
    ProgressTableRow withPredecessors(String codes) {
        return new ProgressTableRow(rowNumber, level, name, description, deliverables, ownerName, plannedStart,
                plannedFinish, actualStart, actualFinish, status, percentComplete, riskLevel, remarks, codes,
                priority, accountableName, consultedNames, informedNames, milestone, estimateDays, bufferPercent, code);
    }
}
