package com.campaigntracker.warning;

import com.campaigntracker.tracking.OpenWarnings;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dashboards' count of open warnings per project (callers have already checked what may be seen). */
@Component
class WarningCounts implements OpenWarnings {

    private final WarningRepository warnings;

    WarningCounts(WarningRepository warnings) {
        this.warnings = warnings;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> countByProject(Collection<Long> projectIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!projectIds.isEmpty()) {
            warnings.countOpenByProject(projectIds).forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        return counts;
    }
}
