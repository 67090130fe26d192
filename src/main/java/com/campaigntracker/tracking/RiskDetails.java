package com.campaigntracker.tracking;

import com.campaigntracker.plan.RiskLevel;

/** What a user fills in for a risk point; probability × impact suggests the level (see {@link #suggestedLevel}). */
public record RiskDetails(String description, RiskLevel level, RiskLevel probability, RiskLevel impact,
                          String mitigation, Long ownerId) {

    /** High when one is high and the other at least medium; low when one is low and the other at most medium; else medium. */
    public static RiskLevel suggestedLevel(RiskLevel probability, RiskLevel impact) {
        if (probability == null || impact == null) {
            return null;
        }
        int score = weight(probability) * weight(impact);
        return score >= 6 ? RiskLevel.HIGH : score <= 2 ? RiskLevel.LOW : RiskLevel.MEDIUM;
    }

    private static int weight(RiskLevel level) {
        return switch (level) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
        };
    }
}
