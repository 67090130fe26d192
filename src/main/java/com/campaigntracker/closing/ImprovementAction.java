package com.campaigntracker.closing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An improvement the team commits to after the retrospective: what, who, by when. */
@Embeddable
public record ImprovementAction(
        @Column(name = "description", nullable = false, length = 1000) String description,
        @Column(name = "owner_id") Long ownerId,
        @Column(name = "due_on") LocalDate dueOn) {

    public static final int DESCRIPTION_MAX = 1000;
}
