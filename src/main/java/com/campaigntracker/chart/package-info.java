/** A small chart component over Apache ECharts; knows nothing of projects, like the Gantt. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.campaigntracker.chart;
