package com.campaigntracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's line in lists and its header in views; dates and % roll up from its tree.
 * {@code editable}: the signed-in person may change it (its manager or an administrator);
 * {@code closedAt}: when it was closed or cancelled ({@code cancelReason} then says why).
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
        String cancelReason) {

    public record Kpi(String name, String unit, BigDecimal target) {
    }
}
