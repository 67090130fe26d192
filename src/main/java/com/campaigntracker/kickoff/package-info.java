/**
 * The kickoff (R7): the publication checklist (R6), publishing the plan, everyone holding a role
 * confirming or objecting online, republishing to those affected, and the manager's override.
 */
@ApplicationModule(allowedDependencies = {
        "notify",
        "people",
        "plan",
        "raci",
        "schedule",
        "shared",
        "shared :: i18n",
        "shared :: security",
        "shared :: text",
        "shared :: ui"
})
package com.campaigntracker.kickoff;

import org.springframework.modulith.ApplicationModule;
