package com.campaigntracker.notify;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A project's channel: a chat group's robot webhook, or an e-mail address (e.g. the team's list). */
@Entity
@Table(name = "project_channel")
class ProjectChannel extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChannelKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    /** The webhook's URL carries the robot's token: encrypted like the secret (the length fits the encrypted form). */
    @Convert(converter = EncryptedText.class)
    @Column(nullable = false, length = 4100)
    private String target;

    @Convert(converter = EncryptedText.class)
    @Column(length = 900)
    private String secret;

    @Column(nullable = false)
    private boolean enabled = true;

    protected ProjectChannel() {
    }

    ProjectChannel(long projectId) {
        this.projectId = projectId;
    }

    void apply(ChannelDetails d) {
        this.kind = d.kind();
        this.name = d.name().strip();
        this.target = d.target().strip();
        this.secret = d.secret() == null || d.secret().isBlank() ? null : d.secret().strip();
        this.enabled = d.enabled();
    }

    long getProjectId() {
        return projectId;
    }

    ChannelKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getTarget() {
        return target;
    }

    String getSecret() {
        return secret;
    }

    boolean isEnabled() {
        return enabled;
    }
}
