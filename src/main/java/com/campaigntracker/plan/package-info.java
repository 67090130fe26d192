/**
 * Planning: projects and their Phase › Module › Task tree, dependencies, the timeline and its Gantt
 * view, acceptance, baselines and revisions, and the import of the users' Excel progress table.
 */
@ApplicationModule(allowedDependencies = {
        "calendar",
        "gantt",
        "people",
        "schedule",
        "shared",
        "shared :: audit",
        "shared :: db",
        "shared :: i18n",
        "shared :: security",
        "shared :: text",
        "shared :: time",
        "shared :: ui"
})
package com.campaigntracker.plan;

import org.springframework.modulith.ApplicationModule;
