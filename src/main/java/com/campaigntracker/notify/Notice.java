package com.campaigntracker.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One in-app notification: a translation key and its arguments (shown in the reader's language), a link. */
@Entity
@Table(name = "notice")
class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    /** The arguments, each on its own line (line breaks inside an argument become spaces). */
    @Column(nullable = false, updatable = false, length = 4000)
    private String args;

    @Column(updatable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(long recipientId, Long projectId, String messageKey, String args, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.projectId = projectId;
        this.messageKey = messageKey;
        this.args = args;
        this.link = link;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getRecipientId() {
        return recipientId;
    }

    Long getProjectId() {
        return projectId;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getArgs() {
        return args;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
