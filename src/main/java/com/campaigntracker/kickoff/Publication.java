package com.campaigntracker.kickoff;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One publication of a project's plan for confirmation, numbered per project. */
@Entity
@Table(name = "kickoff_publication")
class Publication extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by_id", updatable = false)
    private Long publishedById;

    protected Publication() {
    }

    Publication(long projectId, int number, Instant publishedAt, Long publishedById) {
        this.projectId = projectId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedById = publishedById;
    }

    long getProjectId() {
        return projectId;
    }

    int getNumber() {
        return number;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }
}
