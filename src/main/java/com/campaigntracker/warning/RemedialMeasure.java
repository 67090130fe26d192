package com.campaigntracker.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** 补救措施: what will be done, by whom, by when. */
@Embeddable
public class RemedialMeasure {

    static final int DESCRIPTION_MAX = 1000;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    protected RemedialMeasure() {
    }

    public RemedialMeasure(String description, Long ownerId, LocalDate dueOn) {
        this.description = description;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
