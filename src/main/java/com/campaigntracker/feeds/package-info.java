/**
 * Calendar feeds (issue 24): iCalendar (RFC 5545) "my tasks" (due dates and update deadlines) and each
 * project's milestones, at secret URLs of one's own, reset on My account. A feed is read as its owner:
 * the same services and visibility as the UI, so it shows only what the person may see now.
 */
@ApplicationModule(allowedDependencies = {
        "people",
        "plan",
        "tracking",
        "shared",
        "shared :: crypto",
        "shared :: i18n",
        "shared :: security",
        "shared :: ui"
})
package com.campaigntracker.feeds;

import org.springframework.modulith.ApplicationModule;
