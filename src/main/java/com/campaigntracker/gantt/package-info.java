/**
 * A reusable Vaadin Gantt chart over dhtmlx-gantt (Community edition): tasks, links, zoom and the
 * drag events, with incremental updates and HTML escaping. Knows nothing of campaigns or plans; the
 * scheduling rules live on the server that listens to its events.
 * Closed and depending on nothing: the product may use it, never the other way round.
 */
@ApplicationModule(allowedDependencies = {})
package com.campaigntracker.gantt;

import org.springframework.modulith.ApplicationModule;
