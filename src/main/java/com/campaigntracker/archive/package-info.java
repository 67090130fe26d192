/**
 * 归档 (R15): generated Execution Review Reports kept for good — versioned per project with SHA-256,
 * who and when, beside a frozen copy of the progress table — to look up, download (hash re-checked)
 * and export again years later.
 */
@ApplicationModule(allowedDependencies = {
        "calendar",
        "chart",
        "closing",
        "files",
        "people",
        "plan",
        "report",
        "shared",
        "shared :: i18n",
        "shared :: security",
        "shared :: ui"
})
package com.campaigntracker.archive;

import org.springframework.modulith.ApplicationModule;
