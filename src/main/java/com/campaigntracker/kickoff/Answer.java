package com.campaigntracker.kickoff;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A confirmation or an objection, timestamped; never changed: a newer answer supersedes it (R7). */
@Entity
@Table(name = "kickoff_answer")
class Answer extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ConfirmationRequest request;

    @Column(nullable = false, updatable = false)
    private boolean confirmed;

    @Column(updatable = false, length = 2000)
    private String comment;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected Answer() {
    }

    Answer(ConfirmationRequest request, boolean confirmed, String comment, Instant answeredAt) {
        this.request = request;
        this.confirmed = confirmed;
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    ConfirmationRequest getRequest() {
        return request;
    }

    boolean isConfirmed() {
        return confirmed;
    }

    String getComment() {
        return comment;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
