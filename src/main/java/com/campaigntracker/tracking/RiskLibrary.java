package com.campaigntracker.tracking;

import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.shared.text.CharacterPairs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk-point library (风险点库, stage 5): the risk points of finished campaigns I may see, one entry per
 * risk however often it was seen, with the measures taken and how often the task then finished on time;
 * searched and filtered, and suggested for tasks like one being planned.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RiskLibrary {

    private final ProjectService projects;
    private final RiskPointRepository risks;

    RiskLibrary(ProjectService projects, RiskPointRepository risks) {
        this.projects = projects;
        this.risks = risks;
    }

    /** The entries matching the words (in description, category, task or measures) and the level, most seen first. */
    public List<RiskLibraryEntry> entries(String search, RiskLevel level) {
        return all().stream().filter(e -> e.matches(search, level)).toList();
    }

    /** Risks seen on tasks named like this one, the closest and most seen first. */
    public List<RiskLibraryEntry> suggest(String taskName, int limit) {
        Set<String> grams = CharacterPairs.of(taskName);
        if (grams.isEmpty()) {
            return List.of();
        }
        Map<RiskLibraryEntry, Integer> score = new HashMap<>();
        for (RiskLibraryEntry e : all()) {
            int s = CharacterPairs.shared(grams, CharacterPairs.of(e.trigger())) * 2
                    + CharacterPairs.shared(grams, CharacterPairs.of(e.category()));
            if (s > 0) {
                score.put(e, s);
            }
        }
        return score.entrySet().stream().sorted(Comparator.comparing((Map.Entry<RiskLibraryEntry, Integer> x) ->
                        -x.getValue()).thenComparing(x -> -x.getKey().timesSeen()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private List<RiskLibraryEntry> all() {
        Map<Long, String> projectNames = new HashMap<>();
        Map<Long, WorkItemRow> rows = new HashMap<>();
        Map<Long, String> categories = new HashMap<>();
        for (WorkTree t : projects.finishedWorkTrees()) { // every finished tree from one query, not one each
            projectNames.put(t.project().id(), t.project().name());
            t.roots().forEach(phase -> phase.children().forEach(module -> collect(module, module.name(), rows,
                    categories)));
        }
        if (projectNames.isEmpty()) {
            return List.of();
        }
        Map<String, Builder> byRisk = new LinkedHashMap<>();
        for (RiskPoint r : risks.findByProjectIdInOrderByRaisedAtDesc(projectNames.keySet())) {
            WorkItemRow task = rows.get(r.getWorkItemId());
            Builder b = byRisk.computeIfAbsent(CharacterPairs.normalized(r.getDescription()),
                    k -> new Builder(r.getDescription().strip(),
                    categories.getOrDefault(r.getWorkItemId(), ""), task == null ? "" : task.name()));
            b.seen++;
            b.level = b.level == null || r.getLevel().ordinal() < b.level.ordinal() ? r.getLevel() : b.level;
            if (r.getMitigation() != null && !r.getMitigation().isBlank()) {
                b.measures.add(r.getMitigation().strip());
            }
            b.projects.put(r.getProjectId(), projectNames.get(r.getProjectId()));
            if (task != null && task.actualFinish() != null && task.plannedFinish() != null
                    && !task.actualFinish().isAfter(task.plannedFinish())) {
                b.worked++;
            }
        }
        return byRisk.values().stream().map(Builder::build)
                .sorted(Comparator.comparing(RiskLibraryEntry::timesSeen).reversed()).toList();
    }

    private static void collect(WorkItemRow row, String category, Map<Long, WorkItemRow> rows,
                                Map<Long, String> categories) {
        rows.put(row.id(), row);
        categories.put(row.id(), category);
        row.children().forEach(c -> collect(c, category, rows, categories));
    }

    private static final class Builder {
        private final String description;
        private final String category;
        private final String trigger;
        private final Set<String> measures = new LinkedHashSet<>();
        private final Map<Long, String> projects = new LinkedHashMap<>(); // by id: a yearly campaign keeps its name
        private RiskLevel level;
        private int seen;
        private int worked;

        Builder(String description, String category, String trigger) {
            this.description = description;
            this.category = category;
            this.trigger = trigger;
        }

        RiskLibraryEntry build() {
            return new RiskLibraryEntry(description, category, trigger, level, new ArrayList<>(measures),
                    new ArrayList<>(projects.values()), seen, worked);
        }
    }
}
