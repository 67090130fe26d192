/**
 * A reusable Vaadin Gantt chart over dhtmlx-gantt (Community edition): tasks, links, zoom and the
 * drag events, with incremental updates and HTML escaping. Knows nothing of campaigns or plans; the
 * scheduling rules live on the server that listens to its events.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.campaigntracker.gantt;
