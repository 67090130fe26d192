/**
 * A task's deliverable files: uploaded by the task's R or the project's manager, each upload of a name
 * a new version, the type told from the bytes, checked against the project's visibility on every
 * download. The bytes live behind {@link com.campaigntracker.files.FileStore}: in the database by default
 * (every instance sees them and every backup holds them) or in an S3-compatible bucket.
 */
@ApplicationModule(allowedDependencies = {
        "people",
        "plan",
        "shared",
        "shared :: db",
        "shared :: i18n",
        "shared :: security",
        "shared :: text",
        "shared :: ui"
})
package com.campaigntracker.files;

import org.springframework.modulith.ApplicationModule;
