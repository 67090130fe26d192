package com.campaigntracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's line in lists and its header in views; dates and % roll up from its tree.
 * {@code editable}: the signed-in person may change it now (its manager or an administrator, and it is
 * not closed or cancelled: then it is a record, M6); {@code manages}: the signed-in person is its manager
 * or an administrator, whatever its status (its retrospective, its report);
 * {@code closedAt}: when it was closed or cancelled ({@code cancelReason} then says why);
 * {@code reopenedAt}: the last time an administrator reopened it, by whom and why.
 */
public record ProjectSummary(
        long id,
        long version,
        String name,
        String goal,
        List<Kpi> kpis,
        Long managerId,
        String managerName,
        Long departmentId,
        String departmentName,
        ProjectStatus status,
        boolean archived,
        LocalDate plannedStart,
        LocalDate start,
        LocalDate finish,
        LocalDate committedEnd,
        int emergencyBufferDays,
        EmergencyBuffer emergencyBuffer,
        int percentComplete,
        DisplayStatus progressStatus,
        int hintCount,
        boolean editable,
        java.time.Instant closedAt,
        String cancelReason,
        boolean manages,
        java.time.Instant reopenedAt,
        String reopenedByName,
        String reopenReason) {

    /** Planned or running and not archived ({@link ProjectStatus#inWork}). */
    public boolean inWork() {
        return ProjectStatus.inWork(status, archived);
    }

    /** Closed or cancelled: a record that no one changes until an administrator reopens it. */
    public boolean closed() {
        return status == ProjectStatus.CLOSED || status == ProjectStatus.CANCELLED;
    }

    public record Kpi(String name, String unit, BigDecimal target) {
    }
}
