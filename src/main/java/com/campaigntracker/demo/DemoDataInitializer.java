package com.campaigntracker.demo;

import com.campaigntracker.shared.startup.BeforeServing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo data only when asked for ({@code app.demo-data=true}; {@code ./mvnw spring-boot:run} asks): its
 * people have documented passwords, so it never comes by default (H1). Loaded before the server takes
 * requests: nobody can sign in to a demo still being written (and be told their right password is wrong).
 * Outside demo mode, a demo account still enabled with its documented password is disabled instead.
 */
@Component
class DemoDataInitializer extends BeforeServing {

    private final DemoDataLoader loader;
    private final boolean enabled;

    DemoDataInitializer(DemoDataLoader loader, @Value("${app.demo-data:false}") boolean demoData) {
        this.loader = loader;
        this.enabled = demoData;
    }

    @Override
    protected void prepare() {
        if (enabled) {
            loader.loadIfEmpty();
        } else {
            loader.disableAccountsWithDocumentedPasswords();
        }
    }
}
