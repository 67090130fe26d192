/**
 * Discussion on tasks and projects (issue 23): comments with @mentions of the project's people, an edit
 * window, deletes that leave a trace; mentioned people are told through {@code notify}.
 */
@ApplicationModule(allowedDependencies = {
        "notify",
        "people",
        "plan",
        "shared",
        "shared :: i18n",
        "shared :: security",
        "shared :: text",
        "shared :: ui"
})
package com.campaigntracker.discussion;

import org.springframework.modulith.ApplicationModule;
