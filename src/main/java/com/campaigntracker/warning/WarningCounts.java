package com.campaigntracker.warning;

import com.campaigntracker.tracking.MonitoringCounts;
import com.campaigntracker.tracking.MonitoringFigures;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' counts of what monitoring has open per project, a few queries for all projects
 * together (callers have already checked what may be seen).
 */
@Component
class WarningCounts implements MonitoringCounts {

    private final WarningRepository warnings;
    private final ExplanationRepository explanations;
    private final EscalationRepository escalations;
    private final Clock clock;
    private final ExplanationService explanationService;

    WarningCounts(WarningRepository warnings, ExplanationRepository explanations, EscalationRepository escalations,
                  Clock clock, ExplanationService explanationService) {
        this.explanationService = explanationService;
        this.warnings = warnings;
        this.explanations = explanations;
        this.escalations = escalations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, MonitoringFigures> byProject(Collection<Long> projectIds) {
        Map<Long, int[]> counts = new HashMap<>();
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        warnings.countOpenByProject(projectIds).forEach(r -> count(counts, (Long) r[0])[0] = ((Number) r[1]).intValue());
        explanations.findByProjectIdInAndSubmittedAtIsNull(projectIds).forEach(e -> {
            int[] c = count(counts, e.getProjectId());
            c[1]++;
            if (now.isAfter(e.getDueAt())) {
                c[2]++;
            }
        });
        explanations.findByProjectIdInAndSubmittedAtIsNotNullAndOutcomeIsNull(projectIds)
                .forEach(e -> count(counts, e.getProjectId())[3]++);
        escalations.findByProjectIdInAndDecidedAtIsNull(projectIds).forEach(x -> {
            int[] c = count(counts, x.getProjectId());
            c[4]++;
            if (x.isLate(now)) {
                c[5]++;
            }
        });
        Map<Long, MonitoringFigures> figures = new HashMap<>();
        counts.forEach((id, c) -> figures.put(id, new MonitoringFigures(c[0], c[1], c[2], c[3], c[4], c[5])));
        return figures;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> explanationDue(Collection<Long> taskIds) {
        return explanationService.pendingAmong(taskIds);
    }

    private static int[] count(Map<Long, int[]> counts, long projectId) {
        return counts.computeIfAbsent(projectId, k -> new int[6]);
    }
}
