package com.campaigntracker.tracking;

import java.util.Collection;
import java.util.Map;

/**
 * How many warnings are open per project, for the dashboards. The warning module provides it (it
 * builds on tracking, so tracking asks through this interface instead of depending on it).
 */
public interface OpenWarnings {

    Map<Long, Integer> countByProject(Collection<Long> projectIds);
}
