package com.campaigntracker.demo;

import com.campaigntracker.shared.db.EmbeddedMariaDb;
import com.campaigntracker.shared.startup.BeforeServing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code app.demo-data} decides; unset, demo data goes into the embedded database and never into
 * an external one, where it would mix with real campaigns. Loaded before the server takes requests:
 * nobody can sign in to a demo still being written (and be told their right password is wrong).
 */
@Component
class DemoDataInitializer extends BeforeServing {

    private final DemoDataLoader loader;
    private final boolean enabled;

    DemoDataInitializer(DemoDataLoader loader, @Value("${app.demo-data:#{null}}") Boolean demoData,
                        ObjectProvider<EmbeddedMariaDb> embedded) {
        this.loader = loader;
        this.enabled = demoData != null ? demoData : embedded.getIfAvailable() != null;
    }

    @Override
    protected void prepare() {
        if (enabled) {
            loader.loadIfEmpty();
        }
    }
}
