package com.campaigntracker.warning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The organisation's tolerances for the warning rules. */
@Component
class WarningSettings {

    private final WarningRules.Settings rules;

    WarningSettings(@Value("${app.warning.behind-tolerance:0}") int behindTolerance,
                    @Value("${app.warning.blocked-days:3}") int blockedDays) {
        this.rules = new WarningRules.Settings(behindTolerance, blockedDays);
    }

    WarningRules.Settings rules() {
        return rules;
    }
}
