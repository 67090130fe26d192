package com.campaigntracker.warning;

import java.util.List;

/**
 * 有效应对措施: a remedial measure of finished campaigns as the library lists it.
 *
 * @param causes       the causes it answered, as the R wrote them
 * @param timesWorked  how often its task then finished by the dates agreed at the coordination
 */
public record MeasureEntry(String description, List<CauseType> causeTypes, List<String> causes,
                           List<String> sourceProjects, int timesTaken, int timesWorked) {

    /** Whether it answered a cause of that kind (any when null) and holds the words (any when blank). */
    public boolean matches(CauseType causeType, String search) {
        String words = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        return (causeType == null || causeTypes.contains(causeType)) && (words.isEmpty()
                || (description + " " + String.join(" ", causes)).toLowerCase(java.util.Locale.ROOT).contains(words));
    }

    /** Share of the times it worked, 0–100. */
    public int percentWorked() {
        return timesTaken == 0 ? 0 : Math.round(100f * timesWorked / timesTaken);
    }
}
