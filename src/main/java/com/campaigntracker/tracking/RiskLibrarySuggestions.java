package com.campaigntracker.tracking;

import com.campaigntracker.plan.RiskSuggestions;
import java.util.List;
import org.springframework.stereotype.Component;

/** The risk-point library offered to the plan: a suggestion taken becomes a risk point through {@link RiskService}. */
@Component
class RiskLibrarySuggestions implements RiskSuggestions {

    private static final String MEASURE_SEPARATOR = "；";

    private final RiskLibrary library;
    private final RiskService risks;

    RiskLibrarySuggestions(RiskLibrary library, RiskService risks) {
        this.library = library;
        this.risks = risks;
    }

    @Override
    public List<Suggestion> forTask(String taskName, int limit) {
        return library.suggest(taskName, limit).stream()
                .map(e -> new Suggestion(e.description(), e.level(), measures(e.measures()),
                        e.category().isEmpty() ? e.trigger() : e.category() + " · " + e.trigger(), e.timesSeen(),
                        e.timesWorked()))
                .toList();
    }

    /** The measures taken, as many as a risk point's mitigation holds. */
    private static String measures(List<String> taken) {
        StringBuilder text = new StringBuilder();
        for (String measure : taken) {
            int length = text.length() + (text.length() == 0 ? 0 : MEASURE_SEPARATOR.length()) + measure.length();
            if (length > RiskPoint.MITIGATION_MAX) {
                break;
            }
            text.append(text.length() == 0 ? "" : MEASURE_SEPARATOR).append(measure);
        }
        return text.toString();
    }

    /** The library keeps a risk's level, not how it was scored: probability and impact take that level. */
    @Override
    public void accept(long itemId, Long ownerId, Suggestion suggestion) {
        risks.add(itemId, new RiskDetails(suggestion.description(), suggestion.level(), suggestion.level(),
                suggestion.level(), suggestion.measures().isBlank() ? null : suggestion.measures(), ownerId));
    }
}
