package com.campaigntracker.tracking;

import com.campaigntracker.plan.RiskLevel;
import java.util.List;

/**
 * 风险点库: a risk seen in finished campaigns.
 *
 * @param category     the module (or phase) its tasks belonged to
 * @param trigger      the task it was raised on (the first time)
 * @param measures     the mitigations taken, distinct
 * @param timesWorked  how often the task then finished by its planned finish
 */
public record RiskLibraryEntry(String description, String category, String trigger, RiskLevel level,
                               List<String> measures, List<String> sourceProjects, int timesSeen, int timesWorked) {

    /** Whether it has that level (any when null) and the words in its description, place or measures. */
    public boolean matches(String search, RiskLevel wanted) {
        String words = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        return (wanted == null || level == wanted) && (words.isEmpty() || (description + " " + category + " "
                + trigger + " " + String.join(" ", measures)).toLowerCase(java.util.Locale.ROOT).contains(words));
    }
}
