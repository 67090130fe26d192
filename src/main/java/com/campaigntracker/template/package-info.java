/**
 * 模板 Templates: a campaign's breakdown kept for the next one — its work tree with durations and
 * offsets in working days, dependencies, deliverables, RACI by placeholder ("设计部 designer"),
 * cadence and risk points — saved from a project or shipped built in, and turned into a new
 * project on a start date with people for the placeholders.
 */
@ApplicationModule(allowedDependencies = {
        "calendar",
        "people",
        "plan",
        "tracking",
        "shared",
        "shared :: i18n",
        "shared :: security",
        "shared :: time",
        "shared :: ui"
})
package com.campaigntracker.template;

import org.springframework.modulith.ApplicationModule;
