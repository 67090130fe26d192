package com.campaigntracker.raci;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.WorkItem;
import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One person in one RACI role on one work item. */
@Entity
@Audited
public class RaciAssignment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_item_id", nullable = false)
    private WorkItem workItem;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private RaciRole role;

    protected RaciAssignment() {
    }

    RaciAssignment(WorkItem workItem, Person person, RaciRole role) {
        this.workItem = workItem;
        this.person = person;
        this.role = role;
    }

    public WorkItem getWorkItem() {
        return workItem;
    }

    public Person getPerson() {
        return person;
    }

    public RaciRole getRole() {
        return role;
    }
}
