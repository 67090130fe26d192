package com.campaigntracker.plan;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.AbstractEntity;
import com.campaigntracker.shared.text.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One row of the progress table: a Phase, Module or Task (R1), with every column the users keep
 * in Excel plus what scheduling needs (priority, estimate, buffer, key-task and milestone flags).
 */
@Entity
@Audited
public class WorkItem extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int BUFFER_MIN = 0;
    public static final int BUFFER_MAX = 50;
    public static final int DEFAULT_BUFFER = 10;
    /** Working days a new item lasts: inside the 3–15 days R2 recommends. */
    public static final int NEW_ITEM_DAYS = 5;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private WorkItem parent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WorkItemLevel level;

    /** Order among its siblings, from 0. */
    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String description;

    /** 交付物, free text as in the table ("用户调研报告、竞品分析表"). */
    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String deliverables;

    /** 负责人; becomes the R of the RACI matrix. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_finish")
    private LocalDate plannedFinish;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_finish")
    private LocalDate actualFinish;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgressStatus status = ProgressStatus.NOT_STARTED;

    @Size(max = TEXT_MAX)
    @Column(name = "blocked_reason", length = TEXT_MAX)
    private String blockedReason;

    @Min(0)
    @Max(100)
    @Column(name = "percent_complete", nullable = false)
    private int percentComplete;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 10)
    private RiskLevel riskLevel;

    /** 备注（风险/偏差说明）. */
    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String remarks;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.MEDIUM;

    /** 耗时预估 in working days, before buffer. */
    @Min(1)
    @Column(name = "estimate_days")
    private Integer estimateDays;

    @Min(BUFFER_MIN)
    @Max(BUFFER_MAX)
    @Column(name = "buffer_percent", nullable = false)
    private int bufferPercent = DEFAULT_BUFFER;

    @Column(name = "key_task", nullable = false)
    private boolean keyTask;

    @Column(nullable = false)
    private boolean milestone;

    protected WorkItem() {
    }

    private WorkItem(Project project, WorkItem parent, WorkItemLevel level, int position, String name) {
        this.project = project;
        this.parent = parent;
        this.level = level;
        this.position = position;
        this.name = name;
    }

    /** Refuses, naming the field, a text longer than its column: checked before anything is saved. */
    static void requireTextsFit(String name, String description, String deliverables, String remarks) {
        TextLimit.require(name, NAME_MAX, "item.name");
        TextLimit.require(description, TEXT_MAX, "item.description");
        TextLimit.require(deliverables, TEXT_MAX, "item.deliverables");
        TextLimit.require(remarks, TEXT_MAX, "item.remarks");
    }

    public static WorkItem phase(Project project, int position, String name) {
        return new WorkItem(project, null, WorkItemLevel.PHASE, position, name);
    }

    /** A child one level below {@code parent}; refused below Task (R1). */
    public static WorkItem childOf(WorkItem parent, int position, String name) {
        return new WorkItem(parent.project, parent, parent.level.childLevel(), position, name);
    }

    /** Re-hangs the item (indent, outdent, move); the caller keeps levels and positions consistent. */
    void placeUnder(WorkItem newParent, WorkItemLevel newLevel, int newPosition) {
        this.parent = newParent;
        this.level = newLevel;
        this.position = newPosition;
    }

    void setPosition(int position) {
        this.position = position;
    }

    /** The status shown to people (R9): open past planned finish, or finished after it, is delayed. */
    public DisplayStatus displayStatus(LocalDate today) {
        return DisplayStatus.of(status, plannedFinish, actualFinish, today);
    }

    public Project getProject() {
        return project;
    }

    public WorkItem getParent() {
        return parent;
    }

    public WorkItemLevel getLevel() {
        return level;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(String deliverables) {
        this.deliverables = deliverables;
    }

    public Person getOwner() {
        return owner;
    }

    public void setOwner(Person owner) {
        this.owner = owner;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    public void setPlannedDates(LocalDate start, LocalDate finish) {
        if (start != null && finish != null && finish.isBefore(start)) {
            throw new IllegalArgumentException("Planned finish " + finish + " is before planned start " + start);
        }
        this.plannedStart = start;
        this.plannedFinish = finish;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualFinish() {
        return actualFinish;
    }

    public void setActualFinish(LocalDate actualFinish) {
        this.actualFinish = actualFinish;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public void setStatus(ProgressStatus status) {
        this.status = status;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public void setBlockedReason(String blockedReason) {
        this.blockedReason = blockedReason;
    }

    public int getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(int percentComplete) {
        this.percentComplete = percentComplete;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Integer getEstimateDays() {
        return estimateDays;
    }

    public void setEstimateDays(Integer estimateDays) {
        this.estimateDays = estimateDays;
    }

    public int getBufferPercent() {
        return bufferPercent;
    }

    public void setBufferPercent(int bufferPercent) {
        this.bufferPercent = bufferPercent;
    }

    public boolean isKeyTask() {
        return keyTask;
    }

    public void setKeyTask(boolean keyTask) {
        this.keyTask = keyTask;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public void setMilestone(boolean milestone) {
        this.milestone = milestone;
    }
}
