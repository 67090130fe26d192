package com.campaigntracker.template;

import com.campaigntracker.plan.RiskLevel;

/** A risk point to watch on a template's task, with the mitigation that was planned or taken. */
public record TemplateRisk(String description, RiskLevel level, RiskLevel probability, RiskLevel impact,
                           String mitigation) {
}
