package com.campaigntracker.tracking;

import com.campaigntracker.plan.RiskLevel;
import java.time.Instant;

/** A risk point as lists show it, with its task and the names of its owner and raiser. */
public record RiskLine(long id, long version, long projectId, long workItemId, String taskWbs, String taskName,
                       String description, RiskLevel level, RiskLevel probability, RiskLevel impact,
                       String mitigation, Long ownerId, String ownerName, RiskStatus status, Instant raisedAt,
                       String raisedBy, Instant closedAt) {

    public RiskDetails details() {
        return new RiskDetails(description, level, probability, impact, mitigation, ownerId);
    }
}
