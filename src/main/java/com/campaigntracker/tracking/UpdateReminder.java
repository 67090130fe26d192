package com.campaigntracker.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A reminder sent for one task's update deadline: sent once. */
@Entity
@Table(name = "update_reminder")
class UpdateReminder {

    @EmbeddedId
    private Key key;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected UpdateReminder() {
    }

    UpdateReminder(long workItemId, Instant dueAt, Instant sentAt) {
        this.key = new Key(workItemId, dueAt);
        this.sentAt = sentAt;
    }

    @Embeddable
    record Key(@Column(name = "work_item_id") long workItemId, @Column(name = "due_at") Instant dueAt)
            implements Serializable {
    }
}
