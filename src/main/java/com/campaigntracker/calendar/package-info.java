/** Working days (R16): Monday to Friday, the organisation's holidays and make-up working days, and their admin view. */
@ApplicationModule(allowedDependencies = {
        "shared",
        "shared :: audit",
        "shared :: db",
        "shared :: i18n",
        "shared :: text",
        "shared :: time",
        "shared :: ui"
})
package com.campaigntracker.calendar;

import org.springframework.modulith.ApplicationModule;
