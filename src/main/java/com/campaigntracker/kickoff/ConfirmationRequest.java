package com.campaigntracker.kickoff;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What one person was asked to confirm at a publication: their tasks and roles as text, and a digest
 * of it so that a republication asks again only those whose part changed.
 */
@Entity
@Table(name = "kickoff_request")
class ConfirmationRequest extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id", nullable = false, updatable = false)
    private Publication publication;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, updatable = false, length = 4000)
    private String roles;

    @Column(nullable = false, updatable = false, length = 64)
    private String digest;

    protected ConfirmationRequest() {
    }

    ConfirmationRequest(Publication publication, long personId, String roles, String digest) {
        this.publication = publication;
        this.personId = personId;
        this.roles = roles;
        this.digest = digest;
    }

    Publication getPublication() {
        return publication;
    }

    long getPersonId() {
        return personId;
    }

    String getRoles() {
        return roles;
    }

    String getDigest() {
        return digest;
    }
}
