package com.campaigntracker.demo;

import com.campaigntracker.shared.db.EmbeddedMariaDb;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code app.demo-data} decides; unset, demo data goes into the embedded database and never into
 * an external one, where it would mix with real campaigns.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataInitializer implements ApplicationRunner {

    private final DemoDataLoader loader;
    private final boolean enabled;

    DemoDataInitializer(DemoDataLoader loader, @Value("${app.demo-data:#{null}}") Boolean demoData,
                        ObjectProvider<EmbeddedMariaDb> embedded) {
        this.loader = loader;
        this.enabled = demoData != null ? demoData : embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            loader.loadIfEmpty();
        }
    }
}
