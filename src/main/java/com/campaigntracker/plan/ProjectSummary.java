package com.campaigntracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project's line in lists and its header in views; dates and % roll up from its tree. */
public record ProjectSummary(
        long id,
        String name,
        String goal,
        List<Kpi> kpis,
        String managerName,
        String departmentName,
        ProjectStatus status,
        LocalDate start,
        LocalDate finish,
        int percentComplete,
        DisplayStatus progressStatus) {

    public record Kpi(String name, String unit, BigDecimal target) {
    }
}
