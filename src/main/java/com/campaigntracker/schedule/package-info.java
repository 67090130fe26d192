/**
 * The scheduling engine, plain Java on the working-day calendar: dependency rules (R4), cycle
 * detection, moving successors, duration arithmetic (R3). Knows tasks only as ids and dates.
 */
@ApplicationModule(allowedDependencies = {
        "calendar"
})
package com.campaigntracker.schedule;

import org.springframework.modulith.ApplicationModule;
