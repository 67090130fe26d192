package com.campaigntracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modules_only_use_each_others_public_api_and_form_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
