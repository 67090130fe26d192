package com.campaigntracker.api.ui;

import com.campaigntracker.api.ApiTokenService;
import com.campaigntracker.shared.ui.AccountSection;
import java.time.Clock;

/** The API's tokens on My account (the people module's page shows every {@link AccountSection}). */
@org.springframework.stereotype.Component
class ApiTokensSections implements AccountSection {

    private final ApiTokenService tokens;
    private final Clock clock;

    ApiTokensSections(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new ApiTokensSection(tokens, clock.getZone());
    }

    @Override
    public int order() {
        return 200;
    }
}
