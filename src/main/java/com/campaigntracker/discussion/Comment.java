package com.campaigntracker.discussion;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One comment of a task's (or a project's) discussion. People are referred to by id (another module's
 * aggregate); the text is plain and is never rendered as HTML. A deleted comment keeps who deleted it
 * and when, and loses its text and mentions.
 */
@Entity
@Table(name = "discussion_comment")
class Comment extends AbstractEntity {

    static final int BODY_MAX = 4000;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "work_item_id")
    private Long workItemId;

    /** The task's name when the comment was written: the discussion outlives a deleted task. */
    @Column(name = "item_name", length = 200)
    private String itemName;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by_id")
    private Long deletedById;

    @ElementCollection
    @CollectionTable(name = "discussion_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "person_id")
    private Set<Long> mentions = new LinkedHashSet<>();

    protected Comment() {
    }

    Comment(long projectId, Long workItemId, String itemName, long authorId, String body, Set<Long> mentions,
            Instant createdAt) {
        this.projectId = projectId;
        this.workItemId = workItemId;
        this.itemName = itemName;
        this.authorId = authorId;
        this.body = body;
        this.mentions.addAll(mentions);
        this.createdAt = createdAt;
    }

    void edit(String newBody, Set<Long> newMentions, Instant at) {
        body = newBody;
        mentions.clear();
        mentions.addAll(newMentions);
        editedAt = at;
    }

    void delete(long byPersonId, Instant at) {
        body = null;
        mentions.clear();
        deletedById = byPersonId;
        deletedAt = at;
    }

    long getProjectId() {
        return projectId;
    }

    Long getWorkItemId() {
        return workItemId;
    }

    String getItemName() {
        return itemName;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    Long getDeletedById() {
        return deletedById;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    Set<Long> getMentions() {
        return Set.copyOf(mentions);
    }
}
