package com.campaigntracker.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts this instance's open HTTP sessions (one per signed-in browser: Vaadin keeps its UI in it) as
 * the gauge {@code campaign.sessions.active}: what sizes an instance's memory.
 */
@Component
class OpenSessions implements HttpSessionListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenSessions(MeterRegistry meters) {
        Gauge.builder("campaign.sessions.active", open, AtomicInteger::get)
                .description("HTTP sessions open on this instance").register(meters);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.updateAndGet(n -> Math.max(0, n - 1));
    }
}
