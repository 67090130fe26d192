package com.campaigntracker.closing;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a project's retrospective (复盘会, R14): a draft while the team fills it in, locked once
 * submitted with the facts as they stood; a correction is the next version.
 */
@Entity
@Table(name = "retrospective")
class Retrospective extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false)
    private boolean submitted;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @ElementCollection
    @CollectionTable(name = "retrospective_participant", joinColumns = @JoinColumn(name = "retrospective_id"))
    @Column(name = "person_id")
    private Set<Long> participantIds = new LinkedHashSet<>();

    @Column(name = "progress_rating")
    private Integer progressRating;

    @Column(name = "progress_comment", length = 2000)
    private String progressComment;

    @Column(name = "risk_rating")
    private Integer riskRating;

    @Column(name = "risk_comment", length = 2000)
    private String riskComment;

    @Column(name = "responsibility_rating")
    private Integer responsibilityRating;

    @Column(name = "responsibility_comment", length = 2000)
    private String responsibilityComment;

    @Column(name = "went_well", length = 4000)
    private String wentWell;

    @Column(name = "went_wrong", length = 4000)
    private String wentWrong;

    @Column(length = 4000)
    private String lessons;

    @ElementCollection
    @CollectionTable(name = "retrospective_kpi", joinColumns = @JoinColumn(name = "retrospective_id"))
    @OrderColumn(name = "position")
    private List<RetrospectiveKpi> kpis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "retrospective_action", joinColumns = @JoinColumn(name = "retrospective_id"))
    @OrderColumn(name = "position")
    private List<ImprovementAction> actions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by_id")
    private Long submittedById;

    @Column(name = "fact_tasks")
    private Integer factTasks;
    @Column(name = "fact_finished")
    private Integer factFinished;
    @Column(name = "fact_finished_on_time")
    private Integer factFinishedOnTime;
    @Column(name = "fact_late_tasks")
    private Integer factLateTasks;
    @Column(name = "fact_delay_days")
    private Integer factDelayDays;
    @Column(name = "fact_warnings")
    private Integer factWarnings;
    @Column(name = "fact_explanations")
    private Integer factExplanations;
    @Column(name = "fact_explanations_on_time")
    private Integer factExplanationsOnTime;
    @Column(name = "fact_escalations")
    private Integer factEscalations;

    protected Retrospective() {
    }

    Retrospective(long projectId, int number, Instant at, Long by) {
        this.projectId = projectId;
        this.number = number;
        this.createdAt = at;
        this.createdById = by;
        this.savedAt = at;
    }

    /** The next version, starting from what this one says. */
    Retrospective correction(Instant at, Long by) {
        Retrospective next = new Retrospective(projectId, number + 1, at, by);
        next.fill(form(), at);
        return next;
    }

    void fill(RetrospectiveForm f, Instant at) {
        heldOn = f.heldOn();
        participantIds.clear();
        if (f.participantIds() != null) {
            participantIds.addAll(f.participantIds());
        }
        progressRating = f.progressRating();
        progressComment = blankToNull(f.progressComment());
        riskRating = f.riskRating();
        riskComment = blankToNull(f.riskComment());
        responsibilityRating = f.responsibilityRating();
        responsibilityComment = blankToNull(f.responsibilityComment());
        kpis.clear();
        if (f.kpis() != null) {
            kpis.addAll(f.kpis());
        }
        wentWell = blankToNull(f.wentWell());
        wentWrong = blankToNull(f.wentWrong());
        lessons = blankToNull(f.lessons());
        actions.clear();
        if (f.actions() != null) {
            f.actions().stream().filter(a -> a.description() != null && !a.description().isBlank())
                    .map(a -> new ImprovementAction(a.description().strip(), a.ownerId(), a.dueOn()))
                    .forEach(actions::add);
        }
        savedAt = at;
    }

    void submit(RetrospectiveFacts facts, Instant at, Long by) {
        submitted = true;
        submittedAt = at;
        submittedById = by;
        factTasks = facts.tasks();
        factFinished = facts.finished();
        factFinishedOnTime = facts.finishedOnTime();
        factLateTasks = facts.lateTasks();
        factDelayDays = facts.delayDays();
        factWarnings = facts.warnings();
        factExplanations = facts.explanations();
        factExplanationsOnTime = facts.explanationsOnTime();
        factEscalations = facts.escalations();
    }

    RetrospectiveForm form() {
        return new RetrospectiveForm(heldOn, Set.copyOf(participantIds), progressRating, progressComment, riskRating,
                riskComment, responsibilityRating, responsibilityComment, List.copyOf(kpis), wentWell, wentWrong,
                lessons, List.copyOf(actions));
    }

    /** The facts frozen at submission; null for a draft. */
    RetrospectiveFacts frozenFacts() {
        if (!submitted) {
            return null;
        }
        return new RetrospectiveFacts(factTasks, factFinished, factFinishedOnTime,
                factFinished == 0 ? null : Math.round(100f * factFinishedOnTime / factFinished), factLateTasks,
                factDelayDays, factWarnings, factExplanations, factExplanationsOnTime, factEscalations);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    long getProjectId() {
        return projectId;
    }

    int getNumber() {
        return number;
    }

    boolean isSubmitted() {
        return submitted;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Long getSubmittedById() {
        return submittedById;
    }
}
