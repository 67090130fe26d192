package com.campaigntracker.template;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A template someone saved from a project; its content is the JSON of a {@link TemplateBody}. */
@Entity
@Table(name = "plan_template")
class PlanTemplate extends AbstractEntity {

    static final int NAME_MAX = TemplateDraft.NAME_MAX;
    static final int DESCRIPTION_MAX = TemplateDraft.DESCRIPTION_MAX;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "source_project_id")
    private Long sourceProjectId;

    @Column(name = "source_project_name", length = 200)
    private String sourceProjectName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by_id")
    private Long createdById;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String body;

    protected PlanTemplate() {
    }

    PlanTemplate(String name, String description, Long sourceProjectId, String sourceProjectName, Instant createdAt,
                 Long createdById, String body) {
        this.name = name;
        this.description = description;
        this.sourceProjectId = sourceProjectId;
        this.sourceProjectName = sourceProjectName;
        this.createdAt = createdAt;
        this.createdById = createdById;
        this.body = body;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    Long getSourceProjectId() {
        return sourceProjectId;
    }

    String getSourceProjectName() {
        return sourceProjectName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Long getCreatedById() {
        return createdById;
    }

    String getBody() {
        return body;
    }
}
