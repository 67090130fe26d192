package com.campaigntracker.plan;

import java.util.ArrayList;
import java.util.List;

/** R2: a leaf task should last 3–15 working days and name a deliverable; outside that, a hint, not a refusal. */
public final class PlanHints {

    public static final int SHORTEST = 3;
    public static final int LONGEST = 15;

    private PlanHints() {
    }

    /** Translation keys of the hints for a leaf task; parents and milestones get none. */
    public static List<String> forLeaf(Integer duration, String deliverables, boolean milestone) {
        List<String> hints = new ArrayList<>();
        if (milestone) {
            return hints;
        }
        if (duration != null && duration < SHORTEST) {
            hints.add("hint.tooShort");
        }
        if (duration != null && duration > LONGEST) {
            hints.add("hint.tooLong");
        }
        if (deliverables == null || deliverables.isBlank()) {
            hints.add("hint.noDeliverable");
        }
        return hints;
    }
}
