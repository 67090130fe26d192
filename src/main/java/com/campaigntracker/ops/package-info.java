/**
 * Operations: what the people who run the app need — health (liveness, readiness with the database)
 * and metrics for Prometheus behind their own authentication, open sessions counted, every log line
 * with the user and the request it belongs to.
 */
@ApplicationModule(allowedDependencies = {
        "people",
        "shared :: db"
})
package com.campaigntracker.ops;

import org.springframework.modulith.ApplicationModule;
