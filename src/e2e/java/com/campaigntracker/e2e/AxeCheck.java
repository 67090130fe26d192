package com.campaigntracker.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it stands; only what axe rates serious or critical
 * counts. A finding inside a Vaadin component's own shadow DOM that we cannot change is listed in
 * {@link #NOT_OURS} by exact rule and target, with the reason; nothing is excluded wholesale.
 */
final class AxeCheck {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> COUNTED = Set.of("serious", "critical");

    /** A rule at one target that lies outside our code, and why. */
    record NotOurs(String rule, String target, String why) {
    }

    static final List<NotOurs> NOT_OURS = List.of();

    private AxeCheck() {
    }

    /**
     * Waits until the page has loaded and Vaadin has answered every request. Not "network idle": the app's
     * service worker may still be fetching its offline page in the background, which is not the page's doing.
     */
    static void settle(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** One line per serious or critical violation at one target: where, rule, impact, target, what is wrong. */
    static List<String> violations(Page page, String where) {
        try {
            settle(page);
        } catch (com.microsoft.playwright.TimeoutError e) { // say which page did not settle
            throw new IllegalStateException(where + " did not settle: " + e.getMessage(), e);
        }
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + where + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String target = String.valueOf(node.getTarget());
                if (COUNTED.contains(impact) && !notOurs(rule.getId(), target)) {
                    found.add(where + " | " + rule.getId() + " (" + impact + ") | " + target + " | "
                            + oneLine(node.getFailureSummary()) + " | " + oneLine(node.getHtml()));
                }
            }
        }
        return found;
    }

    private static boolean notOurs(String rule, String target) {
        return NOT_OURS.stream().anyMatch(n -> n.rule().equals(rule) && n.target().equals(target));
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 220 ? line.substring(0, 220) + "…" : line;
    }
}
