package com.campaigntracker.plan;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import com.campaigntracker.schedule.DependencyType;
import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

/** 前置任务: {@code successor} may not start (or finish, by type) before {@code predecessor} allows, plus a lag in working days. */
@Entity
@Audited
public class Dependency extends AbstractEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id", nullable = false)
    private WorkItem predecessor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id", nullable = false)
    private WorkItem successor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private DependencyType type = DependencyType.FS;

    /** Working days; negative is a lead. */
    @Column(name = "lag_days", nullable = false)
    private int lagDays;

    protected Dependency() {
    }

    public Dependency(WorkItem predecessor, WorkItem successor, DependencyType type, int lagDays) {
        if (predecessor == successor) {
            throw new IllegalArgumentException("A task cannot depend on itself");
        }
        this.predecessor = predecessor;
        this.successor = successor;
        this.type = type;
        this.lagDays = lagDays;
    }

    public WorkItem getPredecessor() {
        return predecessor;
    }

    public WorkItem getSuccessor() {
        return successor;
    }

    public DependencyType getType() {
        return type;
    }

    public int getLagDays() {
        return lagDays;
    }
}
