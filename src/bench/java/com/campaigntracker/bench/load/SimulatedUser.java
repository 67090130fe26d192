package com.campaigntracker.bench.load;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A task owner's day compressed: log in, then until the deadline open the portfolio, open their
 * project's Gantt, open My tasks and update the progress of one of their tasks there (the Gantt is
 * read-only to someone who does not manage the project), with a few seconds of thinking before
 * each step. Stays logged in at the end (the sessions are weighed) until {@link #logOut()}. A user
 * who has not been through every step once by the deadline, and has met no failure, finishes that
 * round first: a short run (the benchmarks' small size) on a busy machine still takes every step.
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
    private boolean roundDone;
    private boolean failed;

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
        while (goesOn()) {
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
            step("my tasks", () -> browser.navigate("my-tasks"));
            if (!think()) {
                break;
            }
            step("update", this::updateOneTask);
            roundDone = true;
        }
    }

    private boolean goesOn() {
        return System.nanoTime() < deadlineNanos || (!roundDone && !failed);
    }

    /**
     * A progress update as a task owner makes it on "My tasks": the task's Update button, a percent
     * tap, Save. Saved when the success notification shows; an error notification is the app
     * refusing (a conflict), anything else a failure.
     */
    private List<UiTree.Node> updateOneTask() {
        long taskId = taskIds.get(updates % taskIds.size());
        int percent = 25 * (1 + (updates / taskIds.size()) % 3);
        updates++;
        // My tasks shows its first cards; a task further down is reached as a person would, with "more"
        while (browser.tree().byId("update-" + taskId).isEmpty() && browser.tree().byId("my-tasks-more").isPresent()) {
            browser.click(find("my-tasks-more"));
        }
        browser.click(find("update-" + taskId));
        browser.click(find("update-percent-" + percent));
        List<UiTree.Node> shown = browser.click(find("update-save"));
        if (shown.stream().anyMatch(n -> notification(n, "success"))) {
            return shown;
        }
        if (shown.stream().anyMatch(n -> notification(n, "error"))
                || browser.tree().byId("update-error").isPresent()) {
            latencies.refused();
            browser.click(find("update-cancel"));
            return shown;
        }
        throw new BrowserSession.Failure("no answer to saving task " + taskId);
    }

    private UiTree.Node find(String elementId) {
        return browser.tree().byId(elementId)
                .orElseThrow(() -> new BrowserSession.Failure("no element #" + elementId + " on the page"));
    }

    private static boolean notification(UiTree.Node node, String theme) {
        return "vaadin-notification".equals(node.tag) && node.attributes.getOrDefault("theme", "").contains(theme);
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
        long wire = browser.wireBytesReceived();
        browser.label(name);
        try {
            T result = action.get();
            latencies.record(name, System.nanoTime() - t, browser.bytesReceived() - bytes,
                    browser.wireBytesReceived() - wire);
            return result;
        } catch (RuntimeException e) {
            latencies.fail(name, username + " " + e.getMessage());
            loggedIn = false;
            failed = true;
            return null;
        }
    }

    /** A few seconds' pause; false when the run ends during it (never during a first round to finish). */
    private boolean think() {
        long pause = thinkMinMillis + random.nextInt(Math.max(1, thinkMaxMillis - thinkMinMillis + 1));
        long until = System.nanoTime() + pause * 1_000_000L;
        if (!roundDone && !failed) {
            sleepUntil(until);
            return true;
        }
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
