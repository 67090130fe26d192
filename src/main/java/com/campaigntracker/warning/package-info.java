/**
 * Monitoring: warning rules (R10) raised on every update and by a scheduled scan, and closed when
 * their cause is gone; deviation explanations, coordination and escalation build on them.
 */
@ApplicationModule(allowedDependencies = {
        "calendar",
        "notify",
        "people",
        "plan",
        "schedule",
        "tracking",
        "shared",
        "shared :: db",
        "shared :: i18n",
        "shared :: security",
        "shared :: text",
        "shared :: time",
        "shared :: ui"
})
package com.campaigntracker.warning;

import org.springframework.modulith.ApplicationModule;
