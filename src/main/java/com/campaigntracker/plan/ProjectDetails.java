package com.campaigntracker.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a manager fills in to create or edit a project; bound to the form and validated again by the service. */
public class ProjectDetails {

    /** The longest name a project may have: what other modules' forms ask for. */
    public static final int NAME_MAX = Project.NAME_MAX;

    @NotBlank
    @Size(max = Project.NAME_MAX)
    private String name;

    @Size(max = Project.GOAL_MAX)
    private String goal;

    @Valid
    private List<Kpi> kpis = new ArrayList<>();

    @NotNull
    private Long managerId;

    private Long departmentId;

    @NotNull
    private LocalDate plannedStart;

    private LocalDate committedEnd;

    @Min(0)
    @Max(100)
    private int emergencyBufferDays;

    /** A KPI target as edited; blank rows are dropped on save. */
    public static class Kpi {
        @Size(max = 200)
        private String name;
        @Size(max = 30)
        private String unit;
        private BigDecimal target;

        public Kpi() {
        }

        public Kpi(String name, String unit, BigDecimal target) {
            this.name = name;
            this.unit = unit;
            this.target = target;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }

    public static ProjectDetails of(ProjectSummary p) {
        ProjectDetails d = new ProjectDetails();
        d.name = p.name();
        d.goal = p.goal();
        p.kpis().forEach(k -> d.kpis.add(new Kpi(k.name(), k.unit(), k.target())));
        d.managerId = p.managerId();
        d.departmentId = p.departmentId();
        d.plannedStart = p.plannedStart();
        d.committedEnd = p.committedEnd();
        d.emergencyBufferDays = p.emergencyBufferDays();
        return d;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public List<Kpi> getKpis() {
        return kpis;
    }

    public void setKpis(List<Kpi> kpis) {
        this.kpis = kpis;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getCommittedEnd() {
        return committedEnd;
    }

    public void setCommittedEnd(LocalDate committedEnd) {
        this.committedEnd = committedEnd;
    }

    public int getEmergencyBufferDays() {
        return emergencyBufferDays;
    }

    public void setEmergencyBufferDays(int emergencyBufferDays) {
        this.emergencyBufferDays = emergencyBufferDays;
    }
}
