/**
 * Closing (stage 5): a closed or cancelled project's retrospective (R14) — due within 3 working days,
 * drafted, submitted and then locked, corrected only in a new version — with the facts of its run
 * filled in by the system.
 */
@ApplicationModule(allowedDependencies = {
        "calendar",
        "notify",
        "people",
        "plan",
        "tracking",
        "warning",
        "shared",
        "shared :: i18n",
        "shared :: security",
        "shared :: text",
        "shared :: time",
        "shared :: ui"
})
package com.campaigntracker.closing;

import org.springframework.modulith.ApplicationModule;
