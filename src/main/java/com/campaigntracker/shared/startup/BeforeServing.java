package com.campaigntracker.shared.startup;

import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before the web server accepts its first request (the demo data, the first
 * administrator): Spring starts these in {@link #getPhase() phases} ahead of the embedded web server's
 * (Boot's {@code WebServerStartStopLifecycle}), so a sign-in can never meet a half-filled database;
 * until then the port is closed, and a load balancer's readiness check waits.
 */
public abstract class BeforeServing implements SmartLifecycle {

    /** Below the web server's start phase ({@code SmartLifecycle.DEFAULT_PHASE - 2048}). */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private volatile boolean done;

    /** Runs once, on the thread that starts the application. */
    protected abstract void prepare();

    @Override
    public final void start() {
        if (!done) {
            prepare();
            done = true;
        }
    }

    @Override
    public final void stop() {
        // nothing to undo; a restart of the context does not prepare again
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
