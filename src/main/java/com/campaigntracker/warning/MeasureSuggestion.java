package com.campaigntracker.warning;

/**
 * A remedial measure the organisation has taken before (有效应对措施): how often, and how often its task
 * recovered — finished by the dates agreed at the coordination.
 */
public record MeasureSuggestion(String description, int timesTaken, int timesWorked) {
}
