/**
 * Execution tracking: progress updates and their history, the update cadence (R8) and what is
 * overdue, weekly checkpoints of actual against expected progress, risk points, and the project and
 * portfolio dashboards built on them.
 */
@ApplicationModule(allowedDependencies = {
        "calendar",
        "chart",
        "gantt",
        "notify",
        "people",
        "plan",
        "shared",
        "shared :: i18n",
        "shared :: security",
        "shared :: text",
        "shared :: ui"
})
package com.campaigntracker.tracking;

import org.springframework.modulith.ApplicationModule;
