package com.campaigntracker.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An e-mail or webhook call waiting to go out, with its delivery attempts. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    /** Waits before the 2nd, 3rd, … attempt; after the last one the message is given up (and logged). */
    static final Duration[] BACKOFF = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6)};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private ChannelKind kind;

    @Convert(converter = EncryptedText.class)
    @Column(nullable = false, updatable = false, length = 4100)
    private String target;

    @Convert(converter = EncryptedText.class)
    @Column(updatable = false, length = 900)
    private String secret;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(updatable = false, length = 1000)
    private String link;

    /** A {@link CardText} as JSON: the card a chat robot is sent (null: a plain message). */
    @Column(updatable = false, columnDefinition = "TEXT")
    private String card;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "given_up", nullable = false)
    private boolean givenUp;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(ChannelKind kind, String target, String secret, String subject, String body, String link,
                  Long projectId, Instant now) {
        this.kind = kind;
        this.target = target;
        this.secret = secret;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.link = link;
        this.projectId = projectId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A message with a card for the chat robots (the others send subject, body and link as before). */
    OutboxMessage(ChannelKind kind, String target, String secret, String subject, String body, String link,
                  Long projectId, Instant now, CardText card) {
        this(kind, target, secret, subject, body, link, projectId, now);
        this.card = card == null ? null : card.toJson();
    }

    void delivered(Instant at) {
        attempts++;
        deliveredAt = at;
        lastError = null;
    }

    /** Forbidden by the egress policy: given up without another attempt. */
    void refused(String error) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        givenUp = true;
    }

    /** @return whether it will be tried again */
    boolean failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts > BACKOFF.length) {
            givenUp = true;
            return false;
        }
        nextAttemptAt = at.plus(BACKOFF[attempts - 1]);
        return true;
    }

    Long getId() {
        return id;
    }

    ChannelKind getKind() {
        return kind;
    }

    String getTarget() {
        return target;
    }

    String getSecret() {
        return secret;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getLink() {
        return link;
    }

    /** The card to send, or null. */
    CardText getCard() {
        return card == null ? null : CardText.fromJson(card);
    }

    Long getProjectId() {
        return projectId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }

    boolean isGivenUp() {
        return givenUp;
    }

    String getLastError() {
        return lastError;
    }
}
