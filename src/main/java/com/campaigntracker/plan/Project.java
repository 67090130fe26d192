package com.campaigntracker.plan;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import com.campaigntracker.people.Department;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A campaign: its goal, who runs it, and (through its work items) the plan. */
@Entity
@Audited
public class Project extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int GOAL_MAX = 1000;
    public static final int REOPEN_REASON_MAX = 1000;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** 项目目标, e.g. "实现新品3个月销售额500万". */
    @Size(max = GOAL_MAX)
    @Column(length = GOAL_MAX)
    private String goal;

    @Valid
    @ElementCollection
    @CollectionTable(name = "project_kpi", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<KpiTarget> kpiTargets = new ArrayList<>();

    @NotNull
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "manager_id", nullable = false)
    private Person manager;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.PLANNING;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    /** The end date promised to stakeholders; the plan should finish the emergency buffer before it. */
    @Column(name = "committed_end")
    private LocalDate committedEnd;

    /** 应急缓冲期 (R18), in working days. */
    @Min(0)
    @Max(100)
    @Column(name = "emergency_buffer_days", nullable = false)
    private int emergencyBufferDays;

    private boolean archived;

    /** When the project was closed or cancelled (R14: its retrospective is due from then). */
    @Column(name = "closed_at")
    private java.time.Instant closedAt;

    @Column(name = "closed_by_id")
    private Long closedById;

    /** Why it was cancelled; null for a project closed with its work done. */
    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    /** The last time an administrator reopened it after closing, by whom and why (each is also in the audit log). */
    @Column(name = "reopened_at")
    private java.time.Instant reopenedAt;

    @Column(name = "reopened_by_id")
    private Long reopenedById;

    @Column(name = "reopen_reason", length = REOPEN_REASON_MAX)
    private String reopenReason;

    protected Project() {
    }

    public Project(String name, Person manager, Department department) {
        this.name = name;
        this.manager = manager;
        this.department = department;
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

    public List<KpiTarget> getKpiTargets() {
        return kpiTargets;
    }

    public Person getManager() {
        return manager;
    }

    public void setManager(Person manager) {
        this.manager = manager;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
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

    void close(ProjectStatus how, java.time.Instant at, Long by, String reason) {
        status = how;
        closedAt = at;
        closedById = by;
        cancelReason = reason;
    }

    /** Running again: the closing is undone (the audit log keeps when and why it was closed). */
    void reopen(java.time.Instant at, Long by, String reason) {
        status = ProjectStatus.ACTIVE;
        closedAt = null;
        closedById = null;
        cancelReason = null;
        reopenedAt = at;
        reopenedById = by;
        reopenReason = reason;
    }

    /** Closed or cancelled: a record that no one changes until an administrator reopens it. */
    public boolean isClosed() {
        return status == ProjectStatus.CLOSED || status == ProjectStatus.CANCELLED;
    }

    public java.time.Instant getReopenedAt() {
        return reopenedAt;
    }

    public Long getReopenedById() {
        return reopenedById;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public java.time.Instant getClosedAt() {
        return closedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** Planned or running and not archived ({@link ProjectStatus#inWork}). */
    public boolean isInWork() {
        return ProjectStatus.inWork(status, archived);
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
