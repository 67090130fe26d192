package com.campaigntracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each module uses only what its {@code package-info.java} allows ({@code allowedDependencies}), and only
 * another module's API or named interfaces; no cycles. {@code gantt}, {@code chart} and {@code shared}
 * are closed modules, so they take part. The rules Modulith cannot express are {@link ArchitectureRulesTest}.
 */
class ModularityTest {

    @Test
    void modules_only_use_each_others_public_api_and_form_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
