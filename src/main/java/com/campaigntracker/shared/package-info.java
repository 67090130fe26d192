/**
 * What every feature uses: the base entity, the working-day calendar, the embedded database,
 * translations and the application shell. Open, so features may use its sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.campaigntracker.shared;

import org.springframework.modulith.ApplicationModule;
