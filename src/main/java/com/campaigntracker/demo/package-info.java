/**
 * Demo data: the people of the users' example and their campaign 新品上市推广, read from their own
 * progress table, loaded once into an empty database.
 */
@ApplicationModule(allowedDependencies = {
        "archive",
        "calendar",
        "closing",
        "people",
        "plan",
        "plan :: excel",
        "raci",
        "schedule",
        "tracking",
        "warning",
        "shared :: i18n",
        "shared :: security",
        "shared :: startup",
        "shared :: time"
})
package com.campaigntracker.demo;

import org.springframework.modulith.ApplicationModule;
