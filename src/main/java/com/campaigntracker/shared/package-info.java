/**
 * What every feature uses: the base entity, the working-day calendar, the embedded database,
 * translations and the application shell. Closed, so that it takes part in the cycle check: each
 * sub-package is a named interface that a module names in its allowed dependencies
 * ({@code "shared :: ui"}); {@code "shared"} alone is the base entity.
 */
@ApplicationModule(allowedDependencies = {})
package com.campaigntracker.shared;

import org.springframework.modulith.ApplicationModule;
