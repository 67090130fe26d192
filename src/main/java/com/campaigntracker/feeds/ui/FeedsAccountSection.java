package com.campaigntracker.feeds.ui;

import com.campaigntracker.feeds.FeedService;
import com.campaigntracker.shared.ui.AccountSection;
import java.time.Clock;

/** The calendar feeds on My account (the people module's page shows every {@link AccountSection}). */
@org.springframework.stereotype.Component
class FeedsAccountSection implements AccountSection {

    private final FeedService feeds;
    private final Clock clock;

    FeedsAccountSection(FeedService feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new FeedsSection(feeds, clock.getZone());
    }

    @Override
    public int order() {
        return 100;
    }
}
