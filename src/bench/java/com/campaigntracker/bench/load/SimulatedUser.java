package com.campaigntracker.bench.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A task owner's day compressed: log in, then until the deadline open the portfolio, open their
 * project's Gantt, drag the progress of one of their tasks, with a few seconds of thinking before
 * each step. Stays logged in at the end (the sessions are weighed) until {@link #logOut()}.
 */
final class SimulatedUser implements Runnable {

    private final BrowserSession browser;
    private final String username;
    private final String password;
    private final long projectId;
    private final List<Long> taskIds;
    private final Latencies latencies;
    private final long startAtNanos;
    private final long deadlineNanos;
    private final int thinkMinMillis;
    private final int thinkMaxMillis;
    private final Random random;
    private boolean loggedIn;
    private int updates;

    SimulatedUser(BrowserSession browser, String username, String password, long projectId, List<Long> taskIds,
                  Latencies latencies, long startAtNanos, long deadlineNanos, int thinkMinMillis, int thinkMaxMillis,
                  long seed) {
        this.browser = browser;
        this.username = username;
        this.password = password;
        this.projectId = projectId;
        this.taskIds = taskIds;
        this.latencies = latencies;
        this.startAtNanos = startAtNanos;
        this.deadlineNanos = deadlineNanos;
        this.thinkMinMillis = thinkMinMillis;
        this.thinkMaxMillis = thinkMaxMillis;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        sleepUntil(startAtNanos);
        while (System.nanoTime() < deadlineNanos) {
            if (!loggedIn) {
                loggedIn = step("login", () -> {
                    browser.logIn(username, password);
                    return true;
                }) != null;
                if (!loggedIn) {
                    think(); // not straight back at a struggling server
                }
                continue;
            }
            if (!think()) {
                break;
            }
            step("portfolio", () -> browser.navigate("portfolio"));
            if (!think()) {
                break;
            }
            UiTree.Node gantt = step("gantt", () -> {
                browser.navigate("projects/" + projectId + "/gantt");
                return browser.tree().byTag("ct-gantt").orElseThrow(
                        () -> new BrowserSession.Failure("no Gantt on projects/" + projectId + "/gantt"));
            });
            if (gantt == null) {
                continue;
            }
            if (!think()) {
                break;
            }
            step("update", () -> {
                ObjectNode detail = JsonNodeFactory.instance.objectNode();
                detail.put("event.detail.id", String.valueOf(taskIds.get(updates % taskIds.size())));
                detail.put("event.detail.percent", 5 + (updates++ * 5) % 95);
                List<UiTree.Node> shown = browser.dispatch(gantt, "progress-changed", detail);
                if (shown.stream().anyMatch(n -> "vaadin-notification".equals(n.tag)
                        && n.attributes.getOrDefault("theme", "").contains("error"))) {
                    latencies.refused();
                }
                return shown;
            });
        }
    }

    /** The logout button, as the user would press it; the session ends on the server. */
    void logOut() {
        if (loggedIn) {
            step("logout", () -> {
                browser.logOut(browser.tree().byId("logout").orElseThrow(
                        () -> new BrowserSession.Failure("no logout button")));
                return true;
            });
            loggedIn = false;
        }
    }

    /** Runs and times one step; a failure is counted and the next step starts with a new login. */
    private <T> T step(String name, Supplier<T> action) {
        long t = System.nanoTime();
        long bytes = browser.bytesReceived();
        try {
            T result = action.get();
            latencies.record(name, System.nanoTime() - t, browser.bytesReceived() - bytes);
            return result;
        } catch (RuntimeException e) {
            latencies.fail(name, username + " " + e.getMessage());
            loggedIn = false;
            return null;
        }
    }

    /** A few seconds' pause; false when the run ends during it. */
    private boolean think() {
        long pause = thinkMinMillis + random.nextInt(Math.max(1, thinkMaxMillis - thinkMinMillis + 1));
        long until = System.nanoTime() + pause * 1_000_000L;
        sleepUntil(Math.min(deadlineNanos, until));
        return until < deadlineNanos;
    }

    private static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
