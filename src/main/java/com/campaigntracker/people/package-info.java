/** People (the ground floor): accounts, departments, roles, sign-in and its security, the audit log view. */
@ApplicationModule(allowedDependencies = {
        "shared",
        "shared :: audit",
        "shared :: i18n",
        "shared :: security",
        "shared :: startup",
        "shared :: ui"
})
package com.campaigntracker.people;

import org.springframework.modulith.ApplicationModule;
