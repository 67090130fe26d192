/** RACI: who is Accountable, Consulted and Informed for each work item (the Responsible is its owner). */
@ApplicationModule(allowedDependencies = {
        "people",
        "plan",
        "shared",
        "shared :: audit",
        "shared :: i18n",
        "shared :: ui"
})
package com.campaigntracker.raci;

import org.springframework.modulith.ApplicationModule;
