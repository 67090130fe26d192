package com.campaigntracker.warning;

import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.text.CharacterPairs;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        Set<Long> finished = projects.visibleProjects(true).stream()
                .filter(p -> p.status() == ProjectStatus.CLOSED || p.status() == ProjectStatus.CANCELLED)
                .map(ProjectSummary::id).collect(Collectors.toSet());
        if (finished.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkItemRow> tasks = new HashMap<>();
        finished.forEach(id -> projects.workTree(id).ifPresent(t -> t.rows().forEach(r -> tasks.put(r.id(), r))));
        Set<String> words = CharacterPairs.of(cause);
        Map<String, int[]> byMeasure = new LinkedHashMap<>(); // taken, worked, best similarity
        for (DeviationExplanation e : explanations.findByProjectIdInOrderByDueAt(finished)) {
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
            int similarity = CharacterPairs.shared(words, CharacterPairs.of(e.getCause()));
            for (RemedialMeasure m : e.getMeasures()) {
                int[] c = byMeasure.computeIfAbsent(m.getDescription().strip(), k -> new int[3]);
                c[0]++;
                c[1] += worked ? 1 : 0;
                c[2] = Math.max(c[2], similarity);
            }
        }
        return byMeasure.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> x) -> -x.getValue()[2])
                        .thenComparing(x -> -x.getValue()[1]).thenComparing(x -> -x.getValue()[0]))
                .limit(limit).map(x -> new MeasureSuggestion(x.getKey(), x.getValue()[0], x.getValue()[1])).toList();
    }

}
