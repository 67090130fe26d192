package com.campaigntracker.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The manager's override of a task's cadence (without one, R8 decides). */
@Entity
@Table(name = "update_cadence")
class CadenceChoice {

    @Id
    @Column(name = "work_item_id")
    private Long workItemId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Cadence cadence;

    protected CadenceChoice() {
    }

    CadenceChoice(long workItemId, Cadence cadence) {
        this.workItemId = workItemId;
        this.cadence = cadence;
    }

    Long getWorkItemId() {
        return workItemId;
    }

    Cadence getCadence() {
        return cadence;
    }

    void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }
}
