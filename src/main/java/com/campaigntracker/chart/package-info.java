/**
 * A small chart component over Apache ECharts; knows nothing of projects, like the Gantt. Closed and
 * depending on nothing: the product may use it, never the other way round.
 */
@ApplicationModule(allowedDependencies = {})
package com.campaigntracker.chart;

import org.springframework.modulith.ApplicationModule;
