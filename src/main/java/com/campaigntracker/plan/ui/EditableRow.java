package com.campaigntracker.plan.ui;

import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemEdit;
import com.campaigntracker.plan.WorkItemRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A grid row the editor can write into: the loaded row plus what the user typed, kept when a save
 * is refused so nothing typed is lost.
 */
class EditableRow {

    final WorkItemRow row;
    final List<EditableRow> children;
    private String name;
    private String description;
    private String deliverables;
    private PersonOption owner;
    private LocalDate plannedStart;
    private Integer duration;
    private LocalDate plannedFinish;
    private Priority priority;
    private Integer estimateDays;
    private Integer bufferPercent;
    private String predecessors;
    private boolean keyTask;
    private boolean milestone;
    private RiskLevel riskLevel;
    private String remarks;

    EditableRow(WorkItemRow row, Map<Long, PersonOption> people) {
        this.row = row;
        this.children = row.children().stream().map(c -> new EditableRow(c, people)).toList();
        reset(people);
    }

    /** Back to the saved values (Escape). */
    void reset(Map<Long, PersonOption> people) {
        name = row.name();
        description = row.description();
        deliverables = row.deliverables();
        owner = row.ownerId() == null ? null : people.get(row.ownerId());
        plannedStart = row.plannedStart();
        duration = row.duration();
        plannedFinish = row.plannedFinish();
        priority = row.priority();
        estimateDays = row.estimateDays();
        bufferPercent = row.bufferPercent();
        predecessors = String.join(", ", row.predecessors());
        keyTask = row.keyTask();
        milestone = row.milestone();
        riskLevel = row.riskLevel();
        remarks = row.remarks();
    }

    WorkItemEdit toEdit() {
        return new WorkItemEdit(name, description, deliverables, owner == null ? null : owner.id(), plannedStart,
                duration, plannedFinish, priority, estimateDays, bufferPercent == null ? 0 : bufferPercent,
                predecessors, keyTask, milestone, riskLevel, remarks);
    }

    long id() {
        return row.id();
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

    public PersonOption getOwner() {
        return owner;
    }

    public void setOwner(PersonOption owner) {
        this.owner = owner;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public LocalDate getPlannedFinish() {
        return plannedFinish;
    }

    public void setPlannedFinish(LocalDate plannedFinish) {
        this.plannedFinish = plannedFinish;
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

    public Integer getBufferPercent() {
        return bufferPercent;
    }

    public void setBufferPercent(Integer bufferPercent) {
        this.bufferPercent = bufferPercent;
    }

    public String getPredecessors() {
        return predecessors;
    }

    public void setPredecessors(String predecessors) {
        this.predecessors = predecessors;
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
}
