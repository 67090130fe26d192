package com.campaigntracker.warning;

/**
 * What monitoring recorded over a project's life, for its retrospective and report.
 *
 * @param warnings           warnings raised, of every kind, open or closed
 * @param explanations       deviation explanations given
 * @param explanationsOnTime of those, given within their 24 hours
 * @param escalations        escalations to the department head
 */
public record DeviationFacts(int warnings, int explanations, int explanationsOnTime, int escalations) {
}
