package com.campaigntracker.tracking;

import java.util.Collection;
import java.util.Map;

/**
 * What monitoring has open per project (warnings, explanations, coordinations, escalations), for the
 * dashboards. The warning module provides it (it builds on tracking, so tracking asks through this
 * interface instead of depending on it).
 */
public interface MonitoringCounts {

    /** Projects with nothing open may be missing from the answer. */
    Map<Long, MonitoringFigures> byProject(Collection<Long> projectIds);

    /** Of the given tasks, those whose R owes a deviation explanation (R11), for the task's own card. */
    java.util.Set<Long> explanationDue(Collection<Long> taskIds);
}
