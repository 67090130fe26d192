package com.campaigntracker.warning;

import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.text.CharacterPairs;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of measures that worked (stage 5): the remedial measures of accepted deviation explanations
 * in finished campaigns, each rated by whether its task then finished by the dates agreed; suggested in
 * the deviation form for similar causes, the ones that worked most often first.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeasureLibrary {

    private final ExplanationRepository explanations;
    private final ProjectService projects;

    MeasureLibrary(ExplanationRepository explanations, ProjectService projects) {
        this.explanations = explanations;
        this.projects = projects;
    }

    /**
     * Measures taken before against causes like this one (same kind, shared words), best first.
     *
     * @param cause what the R has written so far; may be blank (then by kind alone)
     */
    public List<MeasureSuggestion> suggest(CauseType causeType, String cause, int limit) {
        Set<String> words = CharacterPairs.of(cause);
        return taken(causeType).stream()
                .map(m -> Map.entry(m, m.causes.stream().mapToInt(c -> CharacterPairs.shared(words, CharacterPairs.of(c)))
                        .max().orElse(0)))
                .sorted(Comparator.comparing((Map.Entry<Taken, Integer> x) -> -x.getValue())
                        .thenComparing(x -> -x.getKey().worked).thenComparing(x -> -x.getKey().taken))
                .limit(limit).map(x -> new MeasureSuggestion(x.getKey().description, x.getKey().taken,
                        x.getKey().worked)).toList();
    }

    /**
     * The whole library for browsing: every measure of the finished campaigns I may see, with the causes
     * it answered, filtered by kind of cause and words; the ones that worked most often first.
     */
    public List<MeasureEntry> entries(CauseType causeType, String search) {
        return taken(null).stream()
                .sorted(Comparator.comparing((Taken m) -> -m.worked).thenComparing(m -> -m.taken))
                .map(m -> new MeasureEntry(m.description, List.copyOf(m.causeTypes), List.copyOf(m.causes),
                        List.copyOf(m.projects.values()), m.taken, m.worked))
                .filter(e -> e.matches(causeType, search))
                .toList();
    }

    /** Each measure of an accepted explanation in a finished campaign, counted with its outcomes. */
    private List<Taken> taken(CauseType causeType) {
        Map<Long, String> finished = new HashMap<>();
        Map<Long, WorkItemRow> tasks = new HashMap<>();
        for (WorkTree t : projects.finishedWorkTrees()) { // every finished tree from one query, not one each
            finished.put(t.project().id(), t.project().name());
            t.rows().forEach(r -> tasks.put(r.id(), r));
        }
        if (finished.isEmpty()) {
            return List.of();
        }
        Map<String, Taken> byMeasure = new LinkedHashMap<>();
        for (DeviationExplanation e : explanations.findByProjectIdInOrderByDueAt(finished.keySet())) {
            if (e.getOutcome() != ExplanationOutcome.ACCEPTED || (causeType != null && e.getCauseType() != causeType)) {
                continue;
            }
            WorkItemRow task = tasks.get(e.getWorkItemId());
            // worked: the task finished by the dates agreed at that coordination (the plan as it was then
            // when none were set), whatever later revisions did
            java.time.LocalDate agreed = e.getAcceptedFinish() != null ? e.getAcceptedFinish()
                    : task == null ? null : task.plannedFinish();
            boolean worked = task != null && task.actualFinish() != null
                    && (agreed == null || !task.actualFinish().isAfter(agreed));
            for (RemedialMeasure m : e.getMeasures()) {
                Taken t = byMeasure.computeIfAbsent(m.getDescription().strip(), Taken::new);
                t.taken++;
                t.worked += worked ? 1 : 0;
                if (e.getCause() != null && !e.getCause().isBlank()) {
                    t.causes.add(e.getCause().strip());
                }
                t.causeTypes.add(e.getCauseType());
                t.projects.put(e.getProjectId(), finished.get(e.getProjectId()));
            }
        }
        return List.copyOf(byMeasure.values());
    }

    private static final class Taken {
        private final String description;
        private final Set<String> causes = new java.util.LinkedHashSet<>();
        private final Set<CauseType> causeTypes = new java.util.TreeSet<>();
        private final Map<Long, String> projects = new LinkedHashMap<>(); // by id: a yearly campaign keeps its name
        private int taken;
        private int worked;

        Taken(String description) {
            this.description = description;
        }
    }
}
